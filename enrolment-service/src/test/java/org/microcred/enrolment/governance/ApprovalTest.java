package org.microcred.enrolment.governance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.enrolment.pathway.rest.PathwayFixture;
import org.microcred.enrolment.rest.CatalogueFixture;
import org.microcred.support.testing.Tokens;

/**
 * Approval before publication (issue 14, point 1), on by default: an issuer-admin submits a draft, a release-manager
 * of the same institution who neither created nor submitted it approves (published) or rejects it with a comment (a
 * draft again); each step is kept in the version's history and sent as an event through the outbox.
 */
@Tag("servers")
@QuarkusTest
class ApprovalTest {

    private static final String ACHIEVEMENTS = "/api/v1/achievements/";
    private static final String PATHWAYS = "/api/v1/pathways/";
    private static final String PROBLEMS = "https://microcred.org/problems/";

    @Test
    void submittedThenApprovedIsPublishedWithItsHistoryAndEvents() {
        UUID id = CatalogueFixture.draft("nb-admin", "Reviewed " + UUID.randomUUID());
        String path = ACHIEVEMENTS + id;

        as("nb-admin").contentType(ContentType.JSON).body(Map.of("comment", "Ready for the board"))
                .post(path + "/submit").then().statusCode(200)
                .body("status", equalTo("IN_REVIEW")).body("state", equalTo("IN_REVIEW"))
                .body("submittedBy", equalTo(Tokens.subject("nb-admin")))
                .body("reviews.action", equalTo(List.of("SUBMITTED")))
                .body("reviews[0].comment", equalTo("Ready for the board"))
                .body("reviews[0].actorRole", equalTo("issuer-admin"));
        // In review: not offered, not editable, and submitting again changes nothing.
        as("nb-earner").get(path).then().statusCode(404);
        as("nb-admin").contentType(ContentType.JSON).body(CatalogueFixture.definition("Changed")).put(path)
                .then().statusCode(409).body("type", equalTo(PROBLEMS + "in-review"))
                .body("detail", containsString(path + "/withdraw"));
        as("nb-admin").post(path + "/submit").then().statusCode(200).body("reviews.size()", equalTo(1));
        // The release-manager finds it among those waiting, and reads it with its history.
        as("nb-release").queryParam("status", "IN_REVIEW").queryParam("limit", 100).get("/api/v1/achievements")
                .then().statusCode(200).body("items.id", hasItem(id.toString()));
        as("nb-release").get(path).then().statusCode(200).body("state", equalTo("IN_REVIEW"))
                .body("reviews.action", equalTo(List.of("SUBMITTED")));

        as("nb-release").contentType(ContentType.JSON).body(Map.of("comment", "Approved by the board"))
                .post(path + "/approve").then().statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("state", equalTo("PUBLISHED"))
                .body("reviews.action", equalTo(List.of("SUBMITTED", "APPROVED")))
                .body("reviews[1].actorId", equalTo(Tokens.subject("nb-release")))
                .body("reviews[1].actorRole", equalTo("release-manager"))
                .body("reviews[1].comment", equalTo("Approved by the board"));
        as("nb-earner").get(path).then().statusCode(200).body("status", equalTo("PUBLISHED"))
                .body("reviews", nullValue()).body("submittedBy", nullValue());

        assertEquals(List.of("catalogue.version.submitted", "catalogue.version.approved"),
                eventTypes("achievement:" + id));
        assertEquals(1, eventTypes(id + ":1").stream().filter("catalogue.achievement.published"::equals).count());
    }

    @Test
    void theAuthorOrSubmitterMayNotApproveEvenAsAReleaseManager() {
        // nb-lead is issuer-admin and release-manager of Northbridge: four eyes still apply.
        UUID own = CatalogueFixture.draft("nb-lead", "Own draft " + UUID.randomUUID());
        as("nb-lead").post(ACHIEVEMENTS + own + "/submit").then().statusCode(200);
        as("nb-lead").post(ACHIEVEMENTS + own + "/approve").then().statusCode(403)
                .body("type", equalTo(PROBLEMS + "own-draft"));

        UUID submitted = CatalogueFixture.draft("nb-admin", "Submitted by the lead " + UUID.randomUUID());
        as("nb-lead").post(ACHIEVEMENTS + submitted + "/submit").then().statusCode(200);
        as("nb-lead").post(ACHIEVEMENTS + submitted + "/approve").then().statusCode(403)
                .body("type", equalTo(PROBLEMS + "own-draft"));

        // Nothing changed; another release-manager approves.
        as("nb-admin").get(ACHIEVEMENTS + own).then().body("status", equalTo("IN_REVIEW"));
        as("nb-release").post(ACHIEVEMENTS + own + "/approve").then().statusCode(200)
                .body("status", equalTo("PUBLISHED"));
    }

    @Test
    void anIssuerAdminMayNotApproveAndAnotherTenantsReleaseManagerFindsNothing() {
        UUID id = CatalogueFixture.draft("nb-admin", "Guarded " + UUID.randomUUID());
        as("nb-admin").post(ACHIEVEMENTS + id + "/submit").then().statusCode(200);

        as("nb-admin").post(ACHIEVEMENTS + id + "/approve").then().statusCode(403)
                .body("type", equalTo(PROBLEMS + "forbidden"));
        as("nb-earner").post(ACHIEVEMENTS + id + "/approve").then().statusCode(403);
        given().post(ACHIEVEMENTS + id + "/approve").then().statusCode(401);
        as("sp-release").post(ACHIEVEMENTS + id + "/approve").then().statusCode(404);
        as("sp-release").contentType(ContentType.JSON).body(Map.of("comment", "No")).post(ACHIEVEMENTS + id + "/reject")
                .then().statusCode(404);
        as("sp-release").get(ACHIEVEMENTS + id).then().statusCode(404);

        as("nb-admin").get(ACHIEVEMENTS + id).then().body("status", equalTo("IN_REVIEW"))
                .body("reviews.action", equalTo(List.of("SUBMITTED")));
    }

    @Test
    void aRejectionNeedsACommentKeepsItAndTheDraftIsEditableAgain() {
        UUID id = CatalogueFixture.draft("nb-admin", "Rejected " + UUID.randomUUID());
        String path = ACHIEVEMENTS + id;
        as("nb-admin").post(path + "/submit").then().statusCode(200);

        as("nb-release").post(path + "/reject").then().statusCode(400)
                .body("type", equalTo(PROBLEMS + "validation")).body("errors.field", hasItem("comment"));
        as("nb-release").contentType(ContentType.JSON).body(Map.of("comment", "  ")).post(path + "/reject")
                .then().statusCode(400).body("errors.field", hasItem("comment"));
        as("nb-release").contentType(ContentType.JSON).body(Map.of("comment", "x".repeat(2001)))
                .post(path + "/reject").then().statusCode(400);
        as("nb-admin").get(path).then().body("status", equalTo("IN_REVIEW"));

        as("nb-release").contentType(ContentType.JSON)
                .body(Map.of("comment", "The rubric needs a third level"))
                .post(path + "/reject").then().statusCode(200)
                .body("status", equalTo("DRAFT")).body("state", equalTo("REJECTED"))
                .body("reviews.action", equalTo(List.of("SUBMITTED", "REJECTED")))
                .body("reviews[1].comment", equalTo("The rubric needs a third level"));
        as("nb-earner").get(path).then().statusCode(404);
        // Approving a rejected draft is a 409 that says to submit it again.
        as("nb-release").post(path + "/approve").then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "not-in-review")).body("detail", containsString(path + "/submit"));

        as("nb-admin").contentType(ContentType.JSON).body(CatalogueFixture.definition("Rejected, then fixed"))
                .put(path).then().statusCode(200).body("name", equalTo("Rejected, then fixed"))
                .body("state", equalTo("REJECTED"));
        as("nb-admin").post(path + "/submit").then().statusCode(200).body("state", equalTo("IN_REVIEW"))
                .body("reviews.action", equalTo(List.of("SUBMITTED", "REJECTED", "SUBMITTED")))
                .body("reviews[1].comment", equalTo("The rubric needs a third level"));
        assertEquals(List.of("catalogue.version.submitted", "catalogue.version.rejected",
                "catalogue.version.submitted"), eventTypes("achievement:" + id));
    }

    @Test
    void withTheGateOnPublishingDirectlyIsA409NamingTheWayThroughReview() {
        UUID id = CatalogueFixture.draft("nb-admin", "Direct " + UUID.randomUUID());
        as("nb-admin").post(ACHIEVEMENTS + id + "/publish").then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "approval-required"))
                .body("detail", containsString(ACHIEVEMENTS + id + "/submit"));
        as("nb-admin").get(ACHIEVEMENTS + id).then().body("status", equalTo("DRAFT"));
    }

    @Test
    void aVersionInReviewIsWithdrawnToADraftAndNoNewVersionStartsMeanwhile() {
        UUID id = CatalogueFixture.published("nb-admin", "Withdrawn " + UUID.randomUUID());
        String path = ACHIEVEMENTS + id;
        as("nb-admin").post(path + "/versions").then().statusCode(201).body("version", equalTo(2));
        as("nb-admin").post(path + "/submit").then().statusCode(200).body("version", equalTo(2));
        as("nb-admin").post(path + "/versions").then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "draft-exists"));

        as("nb-admin").post(path + "/withdraw").then().statusCode(200).body("status", equalTo("DRAFT"))
                .body("state", equalTo("DRAFT")).body("reviews.action", equalTo(List.of("SUBMITTED", "WITHDRAWN")));
        as("nb-release").post(path + "/withdraw").then().statusCode(403);
        // Earners still see version 1 throughout.
        as("nb-earner").get(path).then().statusCode(200).body("version", equalTo(1));
        assertEquals(List.of("catalogue.version.submitted", "catalogue.version.approved",
                "catalogue.version.submitted", "catalogue.version.withdrawn"), eventTypes("achievement:" + id));
    }

    @Test
    void retiringIsAReleaseManagersDecisionUnderTheGate() {
        UUID id = CatalogueFixture.published("nb-admin", "Retired by release " + UUID.randomUUID());
        as("nb-admin").post(ACHIEVEMENTS + id + "/retire").then().statusCode(403)
                .body("type", equalTo(PROBLEMS + "release-manager-required"));
        as("nb-release").post(ACHIEVEMENTS + id + "/retire").then().statusCode(200)
                .body("status", equalTo("RETIRED")).body("reviews.action",
                        equalTo(List.of("SUBMITTED", "APPROVED", "RETIRED")));
        assertEquals("catalogue.version.retired", eventTypes("achievement:" + id).get(2));
    }

    @Test
    void anApprovalOrRejectionOfAnEarlierSubmissionIsStale() {
        UUID id = CatalogueFixture.draft("nb-admin", "Resubmitted " + UUID.randomUUID());
        String path = ACHIEVEMENTS + id;
        String seen = as("nb-admin").post(path + "/submit").then().statusCode(200).extract().path("submittedAt");
        as("nb-release").get(path).then().body("submittedAt", equalTo(seen));
        // Meanwhile the author takes it back, changes it and submits it again.
        as("nb-admin").post(path + "/withdraw").then().statusCode(200);
        as("nb-admin").contentType(ContentType.JSON).body(CatalogueFixture.definition("Changed meanwhile")).put(path)
                .then().statusCode(200);
        String current = as("nb-admin").post(path + "/submit").then().statusCode(200).extract().path("submittedAt");

        as("nb-release").contentType(ContentType.JSON).body(Map.of("submittedAt", seen)).post(path + "/approve")
                .then().statusCode(409).body("type", equalTo(PROBLEMS + "review-stale"));
        as("nb-release").contentType(ContentType.JSON).body(Map.of("comment", "No", "submittedAt", seen))
                .post(path + "/reject").then().statusCode(409).body("type", equalTo(PROBLEMS + "review-stale"));
        as("nb-admin").get(path).then().body("status", equalTo("IN_REVIEW"))
                .body("reviews.action", equalTo(List.of("SUBMITTED", "WITHDRAWN", "SUBMITTED")));
        as("nb-release").contentType(ContentType.JSON).body(Map.of("submittedAt", current)).post(path + "/approve")
                .then().statusCode(200).body("status", equalTo("PUBLISHED")).body("name", equalTo("Changed meanwhile"));

        // Pathways answer the same way.
        UUID part = CatalogueFixture.published("nb-admin", "Stale part " + UUID.randomUUID());
        UUID pathway = PathwayFixture.draft("nb-admin", "Stale pathway " + UUID.randomUUID(),
                PathwayFixture.allOf(PathwayFixture.achievement(part)));
        String submitted = as("nb-admin").post(PATHWAYS + pathway + "/submit").then().statusCode(200)
                .extract().path("submittedAt");
        as("nb-release").contentType(ContentType.JSON).body(Map.of("submittedAt", "2020-01-01T00:00:00Z"))
                .post(PATHWAYS + pathway + "/approve").then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "review-stale"));
        as("nb-release").contentType(ContentType.JSON).body(Map.of("comment", "Again", "submittedAt", submitted))
                .post(PATHWAYS + pathway + "/reject").then().statusCode(200).body("state", equalTo("REJECTED"));
    }

    @Test
    void pathwaysGoThroughTheSameGate() {
        UUID part = CatalogueFixture.published("nb-admin", "Gated part " + UUID.randomUUID());
        UUID id = PathwayFixture.draft("nb-admin", "Gated pathway " + UUID.randomUUID(),
                PathwayFixture.allOf(PathwayFixture.achievement(part)));
        String path = PATHWAYS + id;
        as("nb-admin").post(path + "/publish").then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "approval-required"));
        as("nb-admin").post(path + "/submit").then().statusCode(200).body("status", equalTo("IN_REVIEW"));
        as("nb-admin").post(path + "/approve").then().statusCode(403);
        as("sp-release").post(path + "/approve").then().statusCode(404);
        as("nb-release").post(path + "/reject").then().statusCode(400);
        as("nb-release").contentType(ContentType.JSON).body(Map.of("comment", "Name the capstone"))
                .post(path + "/reject").then().statusCode(200).body("state", equalTo("REJECTED"));
        as("nb-admin").post(path + "/submit").then().statusCode(200);
        as("nb-earner").get(path).then().statusCode(404);
        as("nb-release").post(path + "/approve").then().statusCode(200).body("status", equalTo("PUBLISHED"))
                .body("reviews.action", equalTo(List.of("SUBMITTED", "REJECTED", "SUBMITTED", "APPROVED")))
                .body("reviews[1].comment", equalTo("Name the capstone"));
        as("nb-earner").get(path).then().statusCode(200).body("status", equalTo("PUBLISHED"));
        as("nb-admin").post(path + "/retire").then().statusCode(403);
        as("nb-release").post(path + "/retire").then().statusCode(200).body("status", equalTo("RETIRED"));
        assertEquals(List.of("catalogue.version.submitted", "catalogue.version.rejected",
                "catalogue.version.submitted", "catalogue.version.approved", "catalogue.version.retired"),
                eventTypes("pathway:" + id));
    }

    @Test
    void theSettingIsTheTenantsOwnAndOnlyAReleaseManagerChangesIt() {
        as("nb-admin").get("/api/v1/governance/settings").then().statusCode(200)
                .body("publicationApproval", equalTo(true));
        as("nb-admin").contentType(ContentType.JSON).body(Map.of("publicationApproval", false))
                .put("/api/v1/governance/settings").then().statusCode(403);
        as("nb-earner").get("/api/v1/governance/settings").then().statusCode(403);
        as("nb-assessor").contentType(ContentType.JSON).body(Map.of("publicationApproval", false))
                .put("/api/v1/governance/settings").then().statusCode(403);
        given().get("/api/v1/governance/settings").then().statusCode(401);
        as("nb-release").contentType(ContentType.JSON).body(Map.of()).put("/api/v1/governance/settings")
                .then().statusCode(400).body("errors.field", hasItem(containsString("publicationApproval")));
        as("nb-release").contentType(ContentType.JSON).body("{\"publicationApproval\": \"maybe\"}")
                .put("/api/v1/governance/settings").then().statusCode(400);
        as("nb-admin").get("/api/v1/governance/settings").then().body("publicationApproval", equalTo(true));
    }

    @Test
    void withTheGateOffAnIssuerAdminPublishesAndRetiresAtOnce() {
        try {
            as("nb-release").contentType(ContentType.JSON).body(Map.of("publicationApproval", false))
                    .put("/api/v1/governance/settings").then().statusCode(200)
                    .body("publicationApproval", equalTo(false))
                    .body("updatedBy", equalTo(Tokens.subject("nb-release")));
            as("nb-admin").get("/api/v1/governance/settings").then().body("publicationApproval", equalTo(false));
            // Southport's gate is its own.
            as("sp-release").get("/api/v1/governance/settings").then().body("publicationApproval", equalTo(true));
            UUID southport = CatalogueFixture.draft("sp-admin", "Still gated " + UUID.randomUUID());
            as("sp-admin").post(ACHIEVEMENTS + southport + "/publish").then().statusCode(409);

            UUID id = CatalogueFixture.draft("nb-admin", "Ungated " + UUID.randomUUID());
            as("nb-admin").post(ACHIEVEMENTS + id + "/publish").then().statusCode(200)
                    .body("status", equalTo("PUBLISHED")).body("reviews.action", equalTo(List.of("PUBLISHED")));
            as("nb-earner").get(ACHIEVEMENTS + id).then().statusCode(200);
            as("nb-admin").post(ACHIEVEMENTS + id + "/retire").then().statusCode(200)
                    .body("status", equalTo("RETIRED"));

            UUID pathway = PathwayFixture.draft("nb-admin", "Ungated pathway " + UUID.randomUUID(),
                    PathwayFixture.allOf(PathwayFixture.achievement(
                            CatalogueFixture.published("nb-admin", "Ungated part " + UUID.randomUUID()))));
            as("nb-admin").post(PATHWAYS + pathway + "/publish").then().statusCode(200)
                    .body("status", equalTo("PUBLISHED"));
            assertEquals(List.of("catalogue.version.retired"), eventTypes("achievement:" + id));
        } finally {
            as("nb-release").contentType(ContentType.JSON).body(Map.of("publicationApproval", true))
                    .put("/api/v1/governance/settings").then().statusCode(200);
        }
        UUID gated = CatalogueFixture.draft("nb-admin", "Gated again " + UUID.randomUUID());
        as("nb-admin").post(ACHIEVEMENTS + gated + "/publish").then().statusCode(409);
    }

    @Test
    void onlyStaffSeeVersionsInReview() {
        UUID id = CatalogueFixture.draft("nb-admin", "Hidden review " + UUID.randomUUID());
        as("nb-admin").post(ACHIEVEMENTS + id + "/submit").then().statusCode(200);
        as("nb-assessor").get(ACHIEVEMENTS + id + "/versions/1").then().statusCode(404);
        as("nb-earner").queryParam("status", "IN_REVIEW").get("/api/v1/achievements").then().statusCode(403);
        as("nb-earner").queryParam("limit", 100).get("/api/v1/achievements").then().statusCode(200)
                .body("items.id", not(hasItem(id.toString())));
        as("nb-release").get(ACHIEVEMENTS + id + "/versions").then().statusCode(200)
                .body("state", equalTo(List.of("IN_REVIEW")));
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.user(user));
    }

    /** The types of the outbox events of a record key, in the order they were written. */
    private static List<String> eventTypes(String key) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> Panache.getSession()
                    .chain(s -> s.createNativeQuery("SELECT event_type FROM outbox_event WHERE record_key = :key"
                            + " ORDER BY seq", String.class).setParameter("key", key).getResultList())));
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
