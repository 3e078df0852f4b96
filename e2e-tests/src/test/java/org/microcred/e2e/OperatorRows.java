package org.microcred.e2e;

import static org.microcred.e2e.AccessMatrix.Caller.ISSUER_ADMIN;

import java.util.Map;
import java.util.UUID;

/**
 * The rows of the operator endpoint every service has (service-support's parked outbox events): an institution's
 * issuer-admin sees and handles its own parked events only; nobody else may call it.
 */
final class OperatorRows {

    private OperatorRows() {
    }

    static void add(AccessMatrix m, JourneyClient client) {
        Calls call = new Calls(client);
        Endpoints endpoints = client.endpoints();
        Map<String, String> services = Map.of("enrolment", endpoints.enrolment(), "submission", endpoints.submission(),
                "assessment", endpoints.assessment(), "issuance", endpoints.issuance(), "wallet", endpoints.wallet());
        services.forEach((service, base) -> {
            String ops = base + "/api/v1/ops/outbox";
            m.row(service, "GET /api/v1/ops/outbox", call.get(() -> ops))
                    .allow(200, ISSUER_ADMIN).otherTenant("sp-admin", 200);
            m.row(service, "GET /api/v1/ops/outbox/parked", call.get(() -> ops + "/parked"))
                    .allow(200, ISSUER_ADMIN).otherTenant("sp-admin", 200);
            // No event of this id is parked: the admin learns only that (404), and so does another institution's.
            String unknown = ops + "/parked/" + UUID.randomUUID();
            m.row(service, "POST /api/v1/ops/outbox/parked/{eventId}/retry", call.post(() -> unknown + "/retry", Map::of))
                    .expect(ISSUER_ADMIN, 404).otherTenant("sp-admin", 404);
            m.row(service, "DELETE /api/v1/ops/outbox/parked/{eventId}", call.delete(() -> unknown + "?reason=matrix"))
                    .expect(ISSUER_ADMIN, 404).otherTenant("sp-admin", 404);
        });
    }
}
