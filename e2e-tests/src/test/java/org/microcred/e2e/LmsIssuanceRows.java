package org.microcred.e2e;

import static org.microcred.e2e.AccessMatrix.Caller.EARNER;
import static org.microcred.e2e.AccessMatrix.Caller.ISSUER_ADMIN;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The rows of LMS-triggered issuance (issue 13): claiming a credential that waited for a learner without an account
 * (an earner's), the offers waiting in the tenant (an issuer-admin's), and the institution's outbound webhook
 * endpoints and their deliveries (an issuer-admin's, each institution its own).
 */
final class LmsIssuanceRows {

    /** A claim secret's form (43 base64url characters) that no offer has. */
    private static final String UNKNOWN_CLAIM = "A".repeat(43);

    private static final class Made {
        String endpoint = UUID.randomUUID().toString();
    }

    private LmsIssuanceRows() {
    }

    static void add(AccessMatrix m, MatrixFixture f, JourneyClient client) {
        Calls call = new Calls(client);
        String wallet = client.endpoints().wallet() + "/api/v1/wallet";
        // No offer has this secret, in any institution: an earner learns only that (404).
        m.row("wallet", "POST /api/v1/wallet/claims", call.post(() -> wallet + "/claims",
                        () -> Map.of("token", UNKNOWN_CLAIM)))
                .expect(EARNER, 404).otherTenant("sp-earner", 404);
        m.row("wallet", "GET /api/v1/wallet/unclaimed", call.get(() -> wallet + "/unclaimed"))
                .allow(200, ISSUER_ADMIN).otherTenant("sp-admin", 200);

        Made made = new Made();
        String endpoints = client.endpoints().enrolment() + "/api/v1/webhook-endpoints";
        // Nothing is subscribed that the matrix's journey would send: the endpoint is only created and managed.
        m.row("enrolment", "POST /api/v1/webhook-endpoints", call.post(() -> endpoints, () -> Map.of(
                        "url", "http://127.0.0.1:9/matrix", "eventTypes", List.of("award-job.finished"))))
                .allow(201, ISSUER_ADMIN).otherTenant("sp-admin", 201)
                .then(ISSUER_ADMIN, r -> made.endpoint = r.at("/id"));
        m.row("enrolment", "GET /api/v1/webhook-endpoints", call.get(() -> endpoints))
                .allow(200, ISSUER_ADMIN).otherTenant("sp-admin", 200);
        m.row("enrolment", "GET /api/v1/webhook-endpoints/{id}", call.get(() -> endpoints + "/" + made.endpoint))
                .allow(200, ISSUER_ADMIN).otherTenant("sp-admin", 404);
        m.row("enrolment", "PATCH /api/v1/webhook-endpoints/{id}", call.patch(() -> endpoints + "/" + made.endpoint,
                        () -> Map.of("description", "Matrix endpoint")))
                .allow(200, ISSUER_ADMIN).otherTenant("sp-admin", 404);
        m.row("enrolment", "POST /api/v1/webhook-endpoints/{id}/secret-rotation", call.post(
                        () -> endpoints + "/" + made.endpoint + "/secret-rotation", Map::of))
                .allow(200, ISSUER_ADMIN).otherTenant("sp-admin", 404);
        m.row("enrolment", "GET /api/v1/webhook-endpoints/{id}/deliveries", call.get(
                        () -> endpoints + "/" + made.endpoint + "/deliveries"))
                .allow(200, ISSUER_ADMIN).otherTenant("sp-admin", 404);
        String unknownDelivery = "/deliveries/" + UUID.randomUUID();
        m.row("enrolment", "GET /api/v1/webhook-endpoints/{id}/deliveries/{deliveryId}", call.get(
                        () -> endpoints + "/" + made.endpoint + unknownDelivery))
                .expect(ISSUER_ADMIN, 404).otherTenant("sp-admin", 404);
        m.row("enrolment", "POST /api/v1/webhook-endpoints/{id}/deliveries/{deliveryId}/replay", call.post(
                        () -> endpoints + "/" + made.endpoint + unknownDelivery + "/replay", Map::of))
                .expect(ISSUER_ADMIN, 404).otherTenant("sp-admin", 404);
        m.row("enrolment", "DELETE /api/v1/webhook-endpoints/{id}", call.delete(
                        () -> endpoints + "/" + made.endpoint))
                .allow(204, ISSUER_ADMIN).otherTenant("sp-admin", 404);
        addIntegrations(m, f, client, call);
        addAwardJobs(m, client, call);
    }

    /** Bulk award jobs: an issuer-admin's (or an LMS client's, not a column here) of their own tenant. */
    private static void addAwardJobs(AccessMatrix m, JourneyClient client, Calls call) {
        String jobs = client.endpoints().enrolment() + "/api/v1/award-jobs";
        String progress = client.publishAchievement("nb-admin",
                Definitions.progress("Matrix LMS course", "course-final", null));
        String[] job = {UUID.randomUUID().toString()};
        // Southport's admin names Northbridge's micro-credential: every row rejected (422), no job.
        m.row("enrolment", "POST /api/v1/award-jobs", call.post(() -> jobs, () -> Map.of("rows", List.of(Map.of(
                        "achievementId", progress, "learner", Map.of("email",
                                "matrix-" + UUID.randomUUID() + "@learners.example.org"))))))
                .allow(202, ISSUER_ADMIN).otherTenant("sp-admin", 422)
                .then(ISSUER_ADMIN, r -> job[0] = r.at("/id"));
        m.row("enrolment", "GET /api/v1/award-jobs", call.get(() -> jobs))
                .allow(200, ISSUER_ADMIN).otherTenant("sp-admin", 200);
        m.row("enrolment", "GET /api/v1/award-jobs/{id}", call.get(() -> jobs + "/" + job[0]))
                .allow(200, ISSUER_ADMIN).otherTenant("sp-admin", 404);
        m.row("enrolment", "GET /api/v1/award-jobs/{id}/report", call.get(() -> jobs + "/" + job[0] + "/report"))
                .allow(200, ISSUER_ADMIN).otherTenant("sp-admin", 404);
        // A one-row job may have finished already: cancelled (200) or finished (409), never another's.
        m.row("enrolment", "POST /api/v1/award-jobs/{id}/cancel", call.post(() -> jobs + "/" + job[0] + "/cancel",
                        Map::of))
                .expect(ISSUER_ADMIN, 200, 409).otherTenant("sp-admin", 404);
    }

    /** The LMS integrations (Canvas here: it needs no sealing key) and their course mappings; each tenant its own. */
    private static void addIntegrations(AccessMatrix m, MatrixFixture f, JourneyClient client, Calls call) {
        String integrations = client.endpoints().enrolment() + "/api/v1/lms/integrations";
        String canvas = integrations + "/canvas";
        m.row("enrolment", "PUT /api/v1/lms/integrations/{platform}", call.put(() -> canvas, () -> Map.of(
                        "enabled", true, "jwksUrl", "https://canvas.example.org/api/lti/security/jwks",
                        "issuer", "https://canvas.example.org")))
                .allow(200, ISSUER_ADMIN).otherTenant("sp-admin", 200);
        m.row("enrolment", "GET /api/v1/lms/integrations", call.get(() -> integrations))
                .allow(200, ISSUER_ADMIN).otherTenant("sp-admin", 200);
        m.row("enrolment", "GET /api/v1/lms/integrations/{platform}", call.get(() -> canvas))
                .allow(200, ISSUER_ADMIN).otherTenant("sp-admin", 200);
        // Southport's admin names Northbridge's micro-credential: not theirs (422), never mapped.
        m.row("enrolment", "PUT /api/v1/lms/integrations/{platform}/courses/{courseId}", call.put(
                        () -> canvas + "/courses/4711", () -> Map.of("achievementId", f.achievement,
                                "completion", "award")))
                .allow(200, ISSUER_ADMIN).otherTenant("sp-admin", 422);
        m.row("enrolment", "GET /api/v1/lms/integrations/{platform}/courses", call.get(() -> canvas + "/courses"))
                .allow(200, ISSUER_ADMIN).otherTenant("sp-admin", 200);
        m.row("enrolment", "GET /api/v1/lms/integrations/{platform}/deliveries", call.get(
                        () -> canvas + "/deliveries"))
                .allow(200, ISSUER_ADMIN).otherTenant("sp-admin", 200);
        m.row("enrolment", "DELETE /api/v1/lms/integrations/{platform}/courses/{courseId}", call.delete(
                        () -> canvas + "/courses/4711"))
                .allow(204, ISSUER_ADMIN).otherTenant("sp-admin", 404);
        m.row("enrolment", "DELETE /api/v1/lms/integrations/{platform}", call.delete(() -> canvas))
                .allow(204, ISSUER_ADMIN).otherTenant("sp-admin", 204, 404);
        // A platform's own webhook: no token; the platform's signature (here none) is the authentication.
        m.row("enrolment", "POST /api/v1/webhooks/lms/{tenant}/{platform} (unsigned)", call.postRaw(
                        () -> client.endpoints().enrolment() + "/api/v1/webhooks/lms/northbridge/moodle",
                        "application/json", "{\"eventname\":\"\\\\core\\\\event\\\\course_completed\"}"
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .open("sp-admin", 401);
    }
}
