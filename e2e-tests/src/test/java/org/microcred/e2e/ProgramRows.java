package org.microcred.e2e;

import static org.microcred.e2e.AccessMatrix.Caller.EARNER;
import static org.microcred.e2e.AccessMatrix.Caller.ISSUER_ADMIN;
import static org.microcred.e2e.AccessMatrix.Caller.RELEASE_MANAGER;

import java.util.UUID;

/**
 * The rows of program analytics and the learner survey (enrolment-service, docs/analytics.md), and of the credentials
 * from elsewhere that an earner keeps in the wallet: the institution's issuer-admins and release-managers read the
 * figures; only issuer-admins set a survey's questions (not written here: it would change the fixture's survey); the
 * earner reads their own enrolment's survey and their own external credentials.
 */
final class ProgramRows {

    private ProgramRows() {
    }

    static void add(AccessMatrix m, MatrixFixture f, JourneyClient client) {
        Calls call = new Calls(client);
        String analytics = client.endpoints().enrolment() + "/api/v1/analytics";
        m.row("enrolment", "GET /api/v1/analytics/achievements/{id}",
                        call.get(() -> analytics + "/achievements/" + f.achievement))
                .allow(200, ISSUER_ADMIN, RELEASE_MANAGER).otherTenant("sp-admin", 404);
        m.row("enrolment", "GET /api/v1/analytics/pathways/{id} (none such)",
                        call.get(() -> analytics + "/pathways/" + UUID.randomUUID()))
                .allow(404, ISSUER_ADMIN, RELEASE_MANAGER).otherTenant("sp-admin", 404);
        m.row("enrolment", "GET /api/v1/analytics/achievements/{id}/survey",
                        call.get(() -> analytics + "/achievements/" + f.achievement + "/survey"))
                .allow(200, ISSUER_ADMIN, RELEASE_MANAGER).otherTenant("sp-admin", 404);
        m.row("enrolment", "GET /api/v1/enrolments/{id}/survey", call.get(() -> client.endpoints().enrolment()
                        + "/api/v1/enrolments/" + f.enrolment + "/survey"))
                .allow(200, EARNER).otherTenant("sp-earner", 404);
        m.row("wallet", "GET /api/v1/wallet/external-credentials", call.get(() -> client.endpoints().wallet()
                        + "/api/v1/wallet/external-credentials"))
                .allow(200, EARNER).otherTenant("sp-earner", 200);
    }
}
