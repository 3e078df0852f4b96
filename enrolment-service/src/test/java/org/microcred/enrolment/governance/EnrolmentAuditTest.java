package org.microcred.enrolment.governance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.oneOf;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.enrolment.bulk.rest.AwardJobFixture;
import org.microcred.enrolment.pathway.rest.PathwayFixture;
import org.microcred.enrolment.rest.CatalogueFixture;
import org.microcred.enrolment.rest.EnrolmentFixture;
import org.microcred.support.testing.Tokens;

/**
 * Every privileged write of enrolment-service writes its audit record (issue 14, point 3): the caller as actor with
 * their roles, the state before and after, never a secret; a refused request writes nothing; the institution's
 * issuer-admins and release-managers read and verify their own trail, nobody else.
 */
@Tag("servers")
@QuarkusTest
class EnrolmentAuditTest {

    private static final String ACHIEVEMENTS = "/api/v1/achievements/";

    @Test
    void aMicroCredentialsDraftsAndReviewsAreRecordedWithAuthorAndApprover() {
        String name = "Audited " + UUID.randomUUID();
        UUID id = CatalogueFixture.draft("nb-admin", name);
        String path = ACHIEVEMENTS + id;
        as("nb-admin").contentType(ContentType.JSON).body(CatalogueFixture.definition(name + " changed")).put(path)
                .then().statusCode(200);
        as("nb-admin").contentType(ContentType.JSON).body(Map.of("comment", "Ready")).post(path + "/submit")
                .then().statusCode(200);
        as("nb-release").contentType(ContentType.JSON).body(Map.of("comment", "Fine")).post(path + "/approve")
                .then().statusCode(200);
        as("nb-admin").post(path + "/versions").then().statusCode(201);
        as("nb-admin").post(path + "/submit").then().statusCode(200);
        as("nb-release").contentType(ContentType.JSON).body(Map.of("comment", "Not yet")).post(path + "/reject")
                .then().statusCode(200);
        as("nb-release").post(path + "/retire").then().statusCode(200);

        String admin = Tokens.subject("nb-admin");
        String manager = Tokens.subject("nb-release");
        records("nb-release", "objectId", id).body("action", equalTo(List.of("achievement.version.retired",
                "achievement.version.rejected", "achievement.version.submitted", "achievement.version.created",
                "achievement.version.approved", "achievement.version.submitted", "achievement.draft.changed",
                "achievement.draft.created")))
                .body("objectType", everyItem(equalTo("achievement")))
                // the first draft and its change: by the issuer-admin, before and after
                .body("[7].actorType", equalTo("user")).body("[7].actorId", equalTo(admin))
                .body("[7].actorRoles", hasItem("issuer-admin")).body("[7].before", nullValue())
                .body("[7].after.version", equalTo(1)).body("[7].after.state", equalTo("DRAFT"))
                .body("[7].after.name", equalTo(name)).body("[7].after.releaseGate", equalTo(false))
                .body("[6].before.name", equalTo(name)).body("[6].after.name", equalTo(name + " changed"))
                .body("[5].before.state", equalTo("DRAFT")).body("[5].after.state", equalTo("IN_REVIEW"))
                .body("[5].after.comment", equalTo("Ready"))
                // the approval names the approver (the actor and the reviewer) and the author
                .body("[4].actorId", equalTo(manager)).body("[4].actorRoles", hasItem("release-manager"))
                .body("[4].before.state", equalTo("IN_REVIEW")).body("[4].before.author", equalTo(admin))
                .body("[4].before.submittedBy", equalTo(admin))
                .body("[4].after.state", equalTo("PUBLISHED")).body("[4].after.author", equalTo(admin))
                .body("[4].after.reviewer", equalTo(manager)).body("[4].after.comment", equalTo("Fine"))
                .body("[3].after.version", equalTo(2)).body("[3].after.state", equalTo("DRAFT"))
                .body("[1].actorId", equalTo(manager)).body("[1].after.version", equalTo(2))
                .body("[1].after.state", equalTo("REJECTED")).body("[1].after.comment", equalTo("Not yet"))
                .body("[1].after.author", equalTo(admin))
                .body("[0].before.state", equalTo("PUBLISHED")).body("[0].after.state", equalTo("RETIRED"))
                .body("[0].after.version", equalTo(1));
    }

    @Test
    void aPathwaysDraftAndApprovalAreRecordedToo() {
        UUID achievement = CatalogueFixture.published("nb-admin", "Pathway part " + UUID.randomUUID());
        UUID id = PathwayFixture.draft("nb-admin", "Audited pathway " + UUID.randomUUID(),
                PathwayFixture.allOf(PathwayFixture.achievement(achievement)));
        as("nb-admin").post("/api/v1/pathways/" + id + "/submit").then().statusCode(200);
        as("nb-release").post("/api/v1/pathways/" + id + "/approve").then().statusCode(200);

        records("nb-admin", "objectId", id).body("action", equalTo(List.of("pathway.version.approved",
                "pathway.version.submitted", "pathway.draft.created")))
                .body("objectType", everyItem(equalTo("pathway")))
                .body("[0].before.author", equalTo(Tokens.subject("nb-admin")))
                .body("[0].after.reviewer", equalTo(Tokens.subject("nb-release")))
                .body("[0].after.state", equalTo("PUBLISHED"));
    }

    @Test
    void aRefusedRequestWritesNothing() {
        UUID id = CatalogueFixture.draft("nb-lead", "Refused " + UUID.randomUUID());
        String path = ACHIEVEMENTS + id;
        as("nb-lead").post(path + "/submit").then().statusCode(200);

        as("nb-lead").post(path + "/approve").then().statusCode(403);  // own draft
        as("nb-earner").post(path + "/approve").then().statusCode(403);
        as("nb-release").contentType(ContentType.JSON).body(Map.of("submittedAt", "2020-01-01T00:00:00Z"))
                .post(path + "/approve").then().statusCode(409);  // review-stale
        as("nb-lead").contentType(ContentType.JSON).body(CatalogueFixture.definition("Changed")).put(path)
                .then().statusCode(409);  // in review
        as("nb-lead").contentType(ContentType.JSON).body(CatalogueFixture.with(CatalogueFixture.definition("Bad"),
                "name", "")).put(path).then().statusCode(400);
        as("nb-release").post(path + "/reject").then().statusCode(400);  // no comment

        records("nb-admin", "objectId", id).body("action", equalTo(List.of("achievement.version.submitted",
                "achievement.draft.created")));
    }

    @Test
    void governanceSettingsChangesAreRecorded() {
        try {
            as("sp-release").contentType(ContentType.JSON).body(Map.of("publicationApproval", false))
                    .put("/api/v1/governance/settings").then().statusCode(200);
        } finally {
            as("sp-release").contentType(ContentType.JSON).body(Map.of("publicationApproval", true))
                    .put("/api/v1/governance/settings").then().statusCode(200);
        }
        as("sp-admin").contentType(ContentType.JSON).body(Map.of("publicationApproval", false))
                .put("/api/v1/governance/settings").then().statusCode(403);
        // Saved again unchanged: nothing changed, nothing recorded (the newest record stays the change to true).
        as("sp-release").contentType(ContentType.JSON).body(Map.of("publicationApproval", true))
                .put("/api/v1/governance/settings").then().statusCode(200);

        records("sp-admin", "objectId", "southport", "limit", 2)
                .body("action", everyItem(equalTo("governance.settings.changed")))
                .body("objectType", everyItem(equalTo("governance-settings")))
                .body("[0].actorId", equalTo(Tokens.subject("sp-release")))
                .body("[0].before.publicationApproval", equalTo(false))
                .body("[0].after.publicationApproval", equalTo(true))
                .body("[1].after.publicationApproval", equalTo(false));
    }

    @Test
    void webhookSubscriptionsAreRecordedWithoutTheirSecretOrAddress() {
        String base = "/api/v1/webhook-endpoints";
        var created = as("nb-admin").contentType(ContentType.JSON).body(Map.of("url",
                "http://127.0.0.1:9/hook?token=do-not-record", "eventTypes", List.of("credential.issued"),
                "contactEmail", "ops-audit@example.org")).post(base).then().statusCode(201).extract().jsonPath();
        String id = created.getString("id");
        as("nb-admin").contentType(ContentType.JSON).body(Map.of("enabled", false)).patch(base + "/" + id)
                .then().statusCode(200);
        String rotated = as("nb-admin").post(base + "/" + id + "/secret-rotation").then().statusCode(200)
                .extract().path("secret");
        as("nb-admin").delete(base + "/" + id).then().statusCode(204);
        as("nb-admin").delete(base + "/" + id).then().statusCode(404);

        String body = records("nb-admin", "objectId", id).body("action", equalTo(List.of(
                        "webhook.subscription.deleted", "webhook.subscription.secret-rotated",
                        "webhook.subscription.changed", "webhook.subscription.created")))
                .body("objectType", everyItem(equalTo("webhook-subscription")))
                .body("[3].after.url", equalTo("http://127.0.0.1:9"))
                .body("[3].after.eventTypes", equalTo(List.of("credential.issued")))
                .body("[3].after.secret", equalTo("set"))
                .body("[2].before.enabled", equalTo(true)).body("[2].after.enabled", equalTo(false))
                .body("[1].after.secret", equalTo("rotated"))
                .body("[0].before.enabled", equalTo(false)).body("[0].after", nullValue())
                .extract().asString();
        for (String secret : List.of(created.getString("secret"), rotated, "do-not-record", "ops-audit@")) {
            assertFalse(body.contains(secret), "the trail never holds " + secret);
        }
    }

    @Test
    void lmsIntegrationsAndCourseMappingsAreRecordedWithoutTheSecret() {
        String base = "/api/v1/lms/integrations/openedx";
        as("sp-admin").delete(base);  // another test's integration, if any: this one creates its own
        String secret = "southport-openedx-audit-" + UUID.randomUUID();
        as("sp-admin").contentType(ContentType.JSON).body(Map.of("enabled", true, "secret", secret)).put(base)
                .then().statusCode(200);
        as("sp-admin").contentType(ContentType.JSON).body(Map.of("enabled", true, "secret", "short")).put(base)
                .then().statusCode(400);
        UUID achievement = CatalogueFixture.draft("sp-admin", "Mapped " + UUID.randomUUID());
        String course = "course-" + UUID.randomUUID();
        as("sp-admin").contentType(ContentType.JSON).body(Map.of("achievementId", achievement, "completion", "award"))
                .put(base + "/courses/" + course).then().statusCode(200);
        as("sp-admin").delete(base + "/courses/" + course).then().statusCode(204);
        as("sp-admin").delete(base).then().statusCode(204);

        String body = records("sp-admin", "objectId", "openedx", "limit", 2)
                .body("action", equalTo(List.of("lms.integration.deleted", "lms.integration.created")))
                .body("objectType", everyItem(equalTo("lms-integration")))
                .body("[1].before", nullValue())
                .body("[1].after.secret", equalTo("rotated")).body("[1].after.secretSet", equalTo(true))
                .body("[1].after.enabled", equalTo(true))
                .body("[0].before.secretSet", equalTo(true)).body("[0].after", nullValue())
                .extract().asString();
        assertFalse(body.contains(secret), "the shared secret is never recorded");
        records("sp-admin", "objectId", "openedx:" + course).body("action", equalTo(List.of(
                "lms.course-mapping.deleted", "lms.course-mapping.created")))
                .body("[1].after.achievementId", equalTo(achievement.toString()))
                .body("[1].after.completion", equalTo("award"))
                .body("[0].before.achievementId", equalTo(achievement.toString()));
    }

    @Test
    void bulkAwardJobsAreRecordedWhenCreatedAndCancelled() {
        UUID achievement = AwardJobFixture.progress("Audited bulk");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            rows.add(AwardJobFixture.row(achievement, AwardJobFixture.email("audit" + i)));
        }
        rows.add(AwardJobFixture.row(achievement, null));  // rejected: no learner
        String admin = Tokens.user("nb-admin");
        String job = AwardJobFixture.submit(admin, rows).then().statusCode(202).extract().path("id");
        given().auth().oauth2(admin).post("/api/v1/award-jobs/" + job + "/cancel").then().statusCode(200);
        given().auth().oauth2(admin).post("/api/v1/award-jobs/" + job + "/cancel").then().statusCode(409);
        AwardJobFixture.submit(admin, rows).then().statusCode(200);  // the same batch: no new job

        records("nb-admin", "objectId", job).body("action", equalTo(List.of("award-job.cancelled",
                "award-job.created")))
                .body("objectType", everyItem(equalTo("award-job")))
                .body("[1].after.status", equalTo("QUEUED")).body("[1].after.rows", equalTo(2001))
                .body("[1].after.waiting", equalTo(2000)).body("[1].after.rejected", equalTo(1))
                .body("[0].before.status", oneOf("QUEUED", "RUNNING"))
                .body("[0].after.status", equalTo("CANCELLED"));
    }

    @Test
    void staffDecisionsOnEnrolmentsAreRecorded() {
        UUID achievement = EnrolmentFixture.published("nb-admin", "Audited confirmation " + UUID.randomUUID(),
                Map.of("confirmationMode", "staff"));
        UUID enrolment = EnrolmentFixture.enrolled("nb-earner", achievement);
        as("nb-admin").contentType(ContentType.JSON).body(Map.of("reason", "Prerequisites checked"))
                .post("/api/v1/enrolments/" + enrolment + "/confirm").then().statusCode(200);
        as("nb-admin").post("/api/v1/enrolments/" + enrolment + "/decline").then().statusCode(409);

        records("nb-admin", "objectId", enrolment).body("", hasSize(1))
                .body("[0].action", equalTo("enrolment.confirmed"))
                .body("[0].objectType", equalTo("enrolment"))
                .body("[0].before.status", equalTo("PENDING_CONFIRMATION"))
                .body("[0].after.status", equalTo("ACTIVE"))
                .body("[0].after.reason", equalTo("Prerequisites checked"))
                .body("[0].after.earnerId", equalTo(Tokens.subject("nb-earner")))
                .body("[0].after.achievementId", equalTo(achievement.toString()));
    }

    @Test
    void theChainVerifiesAfterAMixedSequence() {
        UUID id = CatalogueFixture.draft("sp-admin", "Chained " + UUID.randomUUID());
        as("sp-admin").post(ACHIEVEMENTS + id + "/submit").then().statusCode(200);
        as("sp-admin").post(ACHIEVEMENTS + id + "/withdraw").then().statusCode(200);
        as("sp-release").contentType(ContentType.JSON).body(Map.of("publicationApproval", true))
                .put("/api/v1/governance/settings").then().statusCode(200);
        as("sp-admin").post(ACHIEVEMENTS + id + "/submit").then().statusCode(200);
        as("sp-release").post(ACHIEVEMENTS + id + "/approve").then().statusCode(200);

        records("sp-admin", "objectId", id).body("action", equalTo(List.of("achievement.version.approved",
                "achievement.version.submitted", "achievement.version.withdrawn", "achievement.version.submitted",
                "achievement.draft.created")));
        for (String user : List.of("sp-admin", "sp-release")) {
            var verified = as(user).post("/api/v1/audit/verify").then().statusCode(200)
                    .body("tenantId", equalTo("southport")).body("verified", equalTo(true))
                    .body("firstBroken", nullValue()).extract().jsonPath();
            assertEquals(verified.getLong("records"), verified.getLong("headSeq"));
            assertTrue(verified.getLong("records") >= 6, "the records of this test at least");
        }
    }

    @Test
    void onlyTheInstitutionsIssuerAdminsAndReleaseManagersReadItsOwnTrail() {
        UUID id = CatalogueFixture.draft("nb-admin", "Private " + UUID.randomUUID());
        CatalogueFixture.draft("sp-admin", "Southport's own " + UUID.randomUUID());
        for (String user : List.of("nb-earner", "nb-assessor")) {
            as(user).get("/api/v1/audit").then().statusCode(403);
            as(user).post("/api/v1/audit/verify").then().statusCode(403);
            as(user).queryParam("format", "jsonl").queryParam("from", "2026-01-01T00:00:00Z")
                    .queryParam("to", "2026-12-31T00:00:00Z").get("/api/v1/audit/export").then().statusCode(403);
        }
        given().get("/api/v1/audit").then().statusCode(401);
        records("nb-release", "objectId", id).body("", hasSize(1));
        records("sp-admin", "objectId", id).body("", hasSize(0));
        records("sp-release", "objectType", "achievement", "limit", 200).body("", not(empty()))
                .body("tenantId", everyItem(equalTo("southport")));
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.user(user));
    }

    /** The caller's records, newest first, with the given filters (name, value, ...). */
    private static ValidatableResponse records(String user, Object... filters) {
        RequestSpecification request = as(user);
        for (int i = 0; i < filters.length; i += 2) {
            request = request.queryParam((String) filters[i], filters[i + 1]);
        }
        return request.get("/api/v1/audit").then().statusCode(200);
    }
}
