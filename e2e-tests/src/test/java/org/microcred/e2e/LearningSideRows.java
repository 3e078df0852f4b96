package org.microcred.e2e;

import static org.microcred.e2e.AccessMatrix.Caller.ASSESSOR;
import static org.microcred.e2e.AccessMatrix.Caller.EARNER;
import static org.microcred.e2e.AccessMatrix.Caller.ISSUER_ADMIN;
import static org.microcred.e2e.AccessMatrix.Caller.RELEASE_MANAGER;
import static org.microcred.e2e.Definitions.achievement;
import static org.microcred.e2e.Definitions.allOf;
import static org.microcred.e2e.Definitions.score;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The rows of enrolment-service (catalogue, pathways, enrolment, dashboard, LMS webhook),
 * submission-service and assessment-service, in the order they run: each mutating row acts on an
 * object made for it, and the rows that need an object made by an earlier row come after it.
 */
final class LearningSideRows {

    private LearningSideRows() {
    }

    static void add(AccessMatrix m, MatrixFixture f, JourneyClient client) {
        Calls call = new Calls(client);
        catalogue(m, f, call, client.endpoints().enrolment());
        enrolment(m, f, call, client);
        submission(m, f, call, client.endpoints().submission());
        assessment(m, f, call, client);
    }

    private static void catalogue(AccessMatrix m, MatrixFixture f, Calls call, String e) {
        String achievements = e + "/api/v1/achievements";
        m.row("enrolment", "GET /api/v1/achievements", call.get(() -> achievements))
                .allow(200, EARNER, ASSESSOR, ISSUER_ADMIN, RELEASE_MANAGER).otherTenant("sp-earner", 200);
        m.row("enrolment", "POST /api/v1/achievements", call.post(() -> achievements,
                        () -> Definitions.performance("Matrix created")))
                .allow(201, ISSUER_ADMIN).otherTenant("sp-admin", 201)
                .then(ISSUER_ADMIN, r -> f.newAchievement = r.at("/id"));
        m.row("enrolment", "PUT /api/v1/achievements/{id} (a draft)", call.put(
                        () -> achievements + "/" + f.newAchievement, () -> Definitions.performance("Matrix edited")))
                .allow(200, ISSUER_ADMIN).otherTenant("sp-admin", 404);
        for (String path : List.of("", "/versions", "/versions/1", "/commitment")) {
            m.row("enrolment", "GET /api/v1/achievements/{id}" + path, call.get(() -> achievements + "/" + f.achievement
                            + path))
                    .allow(200, EARNER, ASSESSOR, ISSUER_ADMIN, RELEASE_MANAGER).otherTenant("sp-earner", 404);
        }
        review(m, call, "/api/v1/achievements/{id}", () -> achievements + "/" + f.newAchievement);
        m.row("enrolment", "POST /api/v1/achievements/{id}/versions", call.post(
                        () -> achievements + "/" + f.newAchievement + "/versions", Map::of))
                .allow(201, ISSUER_ADMIN).otherTenant("sp-admin", 404);
        // Under the approval gate (on by default) a release-manager retires; the issuer-admin gets 403.
        m.row("enrolment", "POST /api/v1/achievements/{id}/retire", call.post(
                        () -> achievements + "/" + f.newAchievement + "/retire", Map::of))
                .allow(200, RELEASE_MANAGER).otherTenant("sp-release", 404);
        m.row("enrolment", "GET /api/v1/achievements/{id}/enrolments?status=ACTIVE", call.get(
                        () -> achievements + "/" + f.achievement + "/enrolments?status=ACTIVE"))
                .allow(200, ISSUER_ADMIN).otherTenant("sp-admin", 404);

        String pathways = e + "/api/v1/pathways";
        // Each institution stacks its own micro-credentials.
        m.row("enrolment", "POST /api/v1/pathways", user -> call.postAs(user, pathways, Definitions.pathway(
                        "Matrix pathway", allOf(achievement("sp-admin".equals(user) ? f.southportAchievement
                                : f.achievement)))))
                .allow(201, ISSUER_ADMIN).otherTenant("sp-admin", 201)
                .then(ISSUER_ADMIN, r -> f.newPathway = r.at("/id"));
        m.row("enrolment", "PUT /api/v1/pathways/{id} (a draft)", call.put(() -> pathways + "/" + f.newPathway,
                        () -> Definitions.pathway("Matrix pathway, edited", allOf(achievement(f.achievement)))))
                .allow(200, ISSUER_ADMIN).otherTenant("sp-admin", 404);
        review(m, call, "/api/v1/pathways/{id}", () -> pathways + "/" + f.newPathway);
        m.row("enrolment", "GET /api/v1/pathways", call.get(() -> pathways))
                .allow(200, EARNER, ASSESSOR, ISSUER_ADMIN, RELEASE_MANAGER).otherTenant("sp-earner", 200);
        for (String path : List.of("", "/versions/1")) {
            m.row("enrolment", "GET /api/v1/pathways/{id}" + path, call.get(() -> pathways + "/" + f.newPathway + path))
                    .allow(200, EARNER, ASSESSOR, ISSUER_ADMIN, RELEASE_MANAGER).otherTenant("sp-earner", 404);
        }
        m.row("enrolment", "POST /api/v1/pathways/{id}/versions", call.post(
                        () -> pathways + "/" + f.newPathway + "/versions", Map::of))
                .allow(201, ISSUER_ADMIN).otherTenant("sp-admin", 404);
        m.row("enrolment", "POST /api/v1/pathways/{id}/retire", call.post(
                        () -> pathways + "/" + f.newPathway + "/retire", Map::of))
                .allow(200, RELEASE_MANAGER).otherTenant("sp-release", 404);

        String settings = e + "/api/v1/governance/settings";
        m.row("enrolment", "GET /api/v1/governance/settings", call.get(() -> settings))
                .allow(200, ISSUER_ADMIN, RELEASE_MANAGER).otherTenant("sp-admin", 200);
        // Set to what it is (on, the default): the other rows rely on the gate.
        m.row("enrolment", "PUT /api/v1/governance/settings", call.put(() -> settings,
                        () -> Map.of("publicationApproval", true)))
                .allow(200, RELEASE_MANAGER).otherTenant("sp-release", 200);
    }

    /**
     * The review of a new draft under the approval gate (on by default): publishing directly is a 409; the
     * issuer-admin submits, withdraws and submits again; the release-manager rejects it with a comment; submitted once
     * more, the release-manager approves it (published). Another institution's caller finds nothing (404).
     */
    private static void review(AccessMatrix m, Calls call, String label, Supplier<String> version) {
        m.row("enrolment", "POST " + label + "/publish (approval required)", call.post(
                        () -> version.get() + "/publish", Map::of))
                .allow(409, ISSUER_ADMIN).otherTenant("sp-admin", 404);
        for (String step : List.of("/submit", "/withdraw", "/submit (again)")) {
            String action = step.split(" ")[0];
            m.row("enrolment", "POST " + label + step, call.post(() -> version.get() + action, Map::of))
                    .allow(200, ISSUER_ADMIN).otherTenant("sp-admin", 404);
        }
        m.row("enrolment", "POST " + label + "/reject", call.post(() -> version.get() + "/reject",
                        () -> Map.of("comment", "Name the evidence the rubric judges")))
                .allow(200, RELEASE_MANAGER).otherTenant("sp-release", 404);
        m.row("enrolment", "POST " + label + "/submit (after the rejection)", call.post(
                        () -> version.get() + "/submit", Map::of))
                .allow(200, ISSUER_ADMIN).otherTenant("sp-admin", 404);
        m.row("enrolment", "POST " + label + "/approve", call.post(() -> version.get() + "/approve",
                        () -> Map.of("comment", "Approved")))
                .allow(200, RELEASE_MANAGER).otherTenant("sp-release", 404);
    }

    private static void enrolment(AccessMatrix m, MatrixFixture f, Calls call, JourneyClient client) {
        String e = client.endpoints().enrolment();
        String enrolments = e + "/api/v1/enrolments";
        m.row("enrolment", "POST /api/v1/enrolments", call.post(() -> enrolments, () -> Map.of("achievementId",
                        f.openAchievement, "acceptCommitment", true, "termsVersion", Definitions.TERMS_VERSION)))
                .allow(201, EARNER).otherTenant("sp-earner", 404)
                .then(EARNER, r -> f.newEnrolment = r.at("/id"));
        m.row("enrolment", "GET /api/v1/enrolments", call.get(() -> enrolments))
                .allow(200, EARNER).otherTenant("sp-earner", 200);
        m.row("enrolment", "GET /api/v1/enrolments/{id}", call.get(() -> enrolments + "/" + f.enrolment))
                .allow(200, EARNER, ISSUER_ADMIN).otherTenant("sp-earner", 404);
        m.row("enrolment", "POST /api/v1/enrolments/{id}/withdraw", call.post(
                        () -> enrolments + "/" + f.newEnrolment + "/withdraw", () -> Map.of("reason", "No time")))
                .allow(200, EARNER).otherTenant("sp-earner", 404);
        m.row("enrolment", "POST /api/v1/enrolments/{id}/confirm", call.post(
                        () -> enrolments + "/" + f.toConfirm + "/confirm", () -> Map.of("reason", "Prerequisites met")))
                .allow(200, ISSUER_ADMIN).otherTenant("sp-admin", 404);
        m.row("enrolment", "POST /api/v1/enrolments/{id}/decline", call.post(
                        () -> enrolments + "/" + f.toDecline + "/decline", () -> Map.of("reason", "Cohort is full")))
                .allow(200, ISSUER_ADMIN).otherTenant("sp-admin", 404);
        m.row("enrolment", "GET /api/v1/dashboard", call.get(() -> e + "/api/v1/dashboard"))
                .allow(200, EARNER).otherTenant("sp-earner", 200);
        m.row("enrolment", "GET /api/v1/dashboard/{enrolmentId}", call.get(() -> e + "/api/v1/dashboard/" + f.enrolment))
                .allow(200, EARNER).otherTenant("sp-earner", 404);

        // Authenticated by signature alone: "anonymous" is the LMS signing with the institution's secret;
        // a bearer token without a signature is refused, and so is Southport's secret on Northbridge's URL.
        LmsWebhook lms = new LmsWebhook(client);
        String body = LmsWebhook.enrolmentRequested(f.draftAchievement,
                LmsWebhook.learner(client.tokens().claims("nb-earner2")));
        m.row("enrolment", "POST /api/v1/webhooks/lms/{tenant} (anonymous = signed)", user -> {
            if (user == null) {
                return lms.deliver("northbridge", body);
            }
            String id = "msg_" + UUID.randomUUID();
            long now = Instant.now().getEpochSecond();
            if (user.startsWith("sp-")) {
                return lms.deliver("northbridge", id, now, body,
                        LmsWebhook.signature(LmsWebhook.secret("southport"), id, now, body));
            }
            return client.http().send("POST", lms.url("northbridge"), client.token(user),
                    Map.of("Content-Type", "application/json"), body.getBytes(StandardCharsets.UTF_8));
        }).expect(AccessMatrix.Caller.ANONYMOUS, 202)
                .expect(EARNER, 401).expect(ASSESSOR, 401).expect(ISSUER_ADMIN, 401).expect(RELEASE_MANAGER, 401)
                .otherTenant("sp-admin", 401)
                .then(AccessMatrix.Caller.ANONYMOUS, r -> f.newDelivery = r.at("/deliveryId"));
        // The delivery's status is for the institution's LMS integration alone (a client-credentials token
        // with role lms-integration): no user role may read it, and Southport's LMS is told Northbridge's
        // delivery does not exist. The matrix has no LMS column: Northbridge's LMS reading it (200) is
        // checked before the anonymous call, and a failure shows in that cell.
        m.row("enrolment", "GET /api/v1/webhooks/lms/{tenant}/deliveries/{id}", call.get(
                        () -> lms.statusUrl("northbridge", f.newDelivery)))
                .otherTenant("lms-southport", 404)
                .before(AccessMatrix.Caller.ANONYMOUS, () -> lms.status("northbridge", f.newDelivery).expect(200));
    }

    private static void submission(AccessMatrix m, MatrixFixture f, Calls call, String s) {
        String submissions = s + "/api/v1/submissions";
        m.row("submission", "POST /api/v1/submissions (answers the open draft)", call.post(() -> submissions,
                        () -> Map.of("enrolmentId", f.draftEnrolment)))
                .allow(200, EARNER).otherTenant("sp-earner", 404);
        m.row("submission", "GET /api/v1/submissions/draft?enrolmentId=", call.get(
                        () -> submissions + "/draft?enrolmentId=" + f.draftEnrolment))
                .allow(200, EARNER).otherTenant("sp-earner", 404);
        m.row("submission", "PUT /api/v1/submissions/{id}/answers", call.put(() -> submissions + "/" + f.draft
                        + "/answers", () -> Map.of("answers", List.of(Map.of("promptId", Definitions.WRITTEN_PROMPT,
                        "text", "Edited reflection.")))))
                .allow(200, EARNER).otherTenant("sp-earner", 404);
        m.row("submission", "POST /api/v1/submissions/{id}/files", call.upload(() -> submissions + "/" + f.draft
                        + "/files", "more.pdf", "application/pdf", Journeys.pdf("more"), "promptId",
                        Definitions.FILES_PROMPT))
                .allow(201, EARNER).otherTenant("sp-earner", 404);
        m.row("submission", "DELETE /api/v1/submissions/{id}/files/{artifactId}", call.delete(
                        () -> submissions + "/" + f.draft + "/files/" + f.fileToRemove))
                .expect(EARNER, 204, 200).otherTenant("sp-earner", 404);
        m.row("submission", "POST /api/v1/submissions/{id}/links", call.post(() -> submissions + "/" + f.draft
                        + "/links", () -> Map.of("promptId", Definitions.LINKS_PROMPT, "url", "https://example.org/more",
                        "title", "More")))
                .allow(201, EARNER).otherTenant("sp-earner", 404);
        m.row("submission", "DELETE /api/v1/submissions/{id}/links/{linkId}", call.delete(
                        () -> submissions + "/" + f.draft + "/links/" + f.linkToRemove))
                .expect(EARNER, 204, 200).otherTenant("sp-earner", 404);
        m.row("submission", "GET /api/v1/submissions/{id} (assessor: the assigned one)", call.get(
                        () -> submissions + "/" + f.submission))
                .allow(200, EARNER, ASSESSOR, ISSUER_ADMIN).otherTenant("sp-earner", 404);
        m.row("submission", "GET /api/v1/submissions/{id}/files/{artifactId}", call.get(
                        () -> submissions + "/" + f.submission + "/files/" + f.artifact))
                .allow(200, EARNER, ASSESSOR, ISSUER_ADMIN).otherTenant("sp-earner", 404);
        m.row("submission", "GET /api/v1/submissions?enrolmentId=", call.get(
                        () -> submissions + "?enrolmentId=" + f.enrolment))
                .allow(200, EARNER).otherTenantListsNothing("sp-earner");
        m.row("submission", "POST /api/v1/submissions/{id}/submit", call.post(
                        () -> submissions + "/" + f.draft + "/submit", Map::of))
                .allow(200, EARNER).otherTenant("sp-earner", 404);
    }

    private static void assessment(AccessMatrix m, MatrixFixture f, Calls call, JourneyClient client) {
        String assessments = client.endpoints().assessment() + "/api/v1/assessments";
        LearningClient learning = new LearningClient(client);
        m.row("assessment", "GET /api/v1/assessments", call.get(() -> assessments))
                .allow(200, ASSESSOR, ISSUER_ADMIN).otherTenant("sp-assessor", 200);
        m.row("assessment", "GET /api/v1/assessments/{id}", call.get(() -> assessments + "/" + f.task))
                .allow(200, ASSESSOR, ISSUER_ADMIN).otherTenant("sp-assessor", 404);
        m.row("assessment", "POST /api/v1/assessments/{id}/claim", call.post(
                        () -> assessments + "/" + f.pendingTask + "/claim", Map::of))
                .allow(200, ASSESSOR).otherTenant("sp-assessor", 404);
        m.row("assessment", "POST /api/v1/assessments/{id}/release (holder; admin)", call.post(
                        () -> assessments + "/" + f.pendingTask + "/release", Map::of))
                .allow(200, ASSESSOR, ISSUER_ADMIN).otherTenant("sp-assessor", 404)
                .before(ISSUER_ADMIN, () -> learning.claim("nb-assessor", f.pendingTask));
        m.row("assessment", "POST /api/v1/assessments/{id}/assign", call.post(
                        () -> assessments + "/" + f.pendingTask + "/assign", () -> Map.of("assessorId", f.assessorId)))
                .allow(200, ISSUER_ADMIN).otherTenant("sp-admin", 404);
        m.row("assessment", "POST /api/v1/assessments/{id}/decision (the holder)", call.post(
                        () -> assessments + "/" + f.pendingTask + "/decision", () -> Map.of("scores", List.of(
                                score("objectives", "proficient", "ok"), score("checks", "emerging", "Too late.")),
                                "feedback", "Move the check earlier.")))
                .allow(200, ASSESSOR).otherTenant("sp-assessor", 404);
        m.row("assessment", "GET /api/v1/assessments/by-submission/{submissionId}", call.get(
                        () -> assessments + "/by-submission/" + f.submission))
                .allow(200, EARNER).otherTenant("sp-earner", 404);
        m.row("assessment", "GET /api/v1/assessments/feedback?enrolmentId=", call.get(
                        () -> assessments + "/feedback?enrolmentId=" + f.enrolment))
                .allow(200, EARNER).otherTenantListsNothing("sp-earner");
    }
}
