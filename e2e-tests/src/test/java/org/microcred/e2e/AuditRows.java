package org.microcred.e2e;

import static org.microcred.e2e.AccessMatrix.Caller.ISSUER_ADMIN;
import static org.microcred.e2e.AccessMatrix.Caller.RELEASE_MANAGER;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * The audit trail of every service ({@code /api/v1/audit}, docs/audit-trail.md): the institution's issuer-admins and
 * release-managers list, export and verify it; another institution's see none of it. Added last, after the rows whose
 * privileged actions it records (the fixture's catalogue changes, judgement, credential status changes).
 */
final class AuditRows {

    private AuditRows() {
    }

    static void add(AccessMatrix m, MatrixFixture f, JourneyClient client) {
        Calls call = new Calls(client);
        Endpoints at = client.endpoints();
        add(m, call, "enrolment", at.enrolment(), f.achievement);
        add(m, call, "submission", at.submission(), f.submission);
        add(m, call, "assessment", at.assessment(), f.task);
        add(m, call, "issuance", at.issuance(), f.credential);
        add(m, call, "wallet", at.wallet(), f.credential);
    }

    /** The three rows of one service's trail, its list narrowed to the records of {@code objectId}. */
    private static void add(AccessMatrix m, Calls call, String service, String base, String objectId) {
        String audit = base + "/api/v1/audit";
        m.row(service, "GET /api/v1/audit", call.get(() -> audit + "?objectId=" + objectId))
                .allow(200, ISSUER_ADMIN, RELEASE_MANAGER).otherTenantListsNothing("sp-admin");
        m.row(service, "GET /api/v1/audit/export", call.get(() -> audit + "/export?format=jsonl&objectId=" + objectId
                        + "&from=" + Instant.now().minus(1, ChronoUnit.DAYS)
                        + "&to=" + Instant.now().plus(1, ChronoUnit.DAYS)))
                .allow(200, ISSUER_ADMIN, RELEASE_MANAGER).otherTenant("sp-admin", 200);
        m.row(service, "POST /api/v1/audit/verify", call.post(() -> audit + "/verify", Map::of))
                .allow(200, ISSUER_ADMIN, RELEASE_MANAGER).otherTenant("sp-admin", 200);
    }
}
