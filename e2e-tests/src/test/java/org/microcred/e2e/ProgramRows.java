package org.microcred.e2e;

import static org.microcred.e2e.AccessMatrix.Caller.EARNER;
import static org.microcred.e2e.AccessMatrix.Caller.ISSUER_ADMIN;
import static org.microcred.e2e.AccessMatrix.Caller.RELEASE_MANAGER;

import java.util.Map;
import java.util.UUID;

/**
 * The rows of program analytics and the learner survey (enrolment-service, docs/analytics.md), and of the credentials
 * from elsewhere that an earner keeps in the wallet: the institution's issuer-admins and release-managers read the
 * figures; only issuer-admins set a survey's questions (not written here: it would change the fixture's survey); the
 * earner reads their own enrolment's survey and their own external credentials; the institution's issuer-admins
 * list and decide recognition requests.
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
        // Recognition requests: issuer-admins only (a release-manager does not decide equivalence); the decisions on
        // a real request are RecognitionIT's and RecognitionTest's, here one that does not exist.
        String recognitions = client.endpoints().enrolment() + "/api/v1/recognitions";
        m.row("enrolment", "GET /api/v1/recognitions", call.get(() -> recognitions))
                .allow(200, ISSUER_ADMIN).otherTenant("sp-admin", 200);
        m.row("enrolment", "GET /api/v1/recognitions/{id} (none such)",
                        call.get(() -> recognitions + "/" + UUID.randomUUID()))
                .allow(404, ISSUER_ADMIN).otherTenant("sp-admin", 404);
        m.row("enrolment", "POST /api/v1/recognitions/{id}/refuse (none such)",
                        call.post(() -> recognitions + "/" + UUID.randomUUID() + "/refuse",
                                () -> Map.of("reason", "Not equivalent")))
                .allow(404, ISSUER_ADMIN).otherTenant("sp-admin", 404);
        m.row("enrolment", "POST /api/v1/recognitions/{id}/accept (none such)",
                        call.post(() -> recognitions + "/" + UUID.randomUUID() + "/accept",
                                () -> Map.of("pathwayId", UUID.randomUUID().toString(), "componentAchievementId",
                                        UUID.randomUUID().toString(), "reason", "Equivalent")))
                .allow(404, ISSUER_ADMIN).otherTenant("sp-admin", 404);
    }
}
