package org.microcred.enrolment.recognition;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.microcred.enrolment.pathway.rest.PathwayFixture.achievement;
import static org.microcred.enrolment.pathway.rest.PathwayFixture.allOf;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.enrolment.pathway.EarnedCredential;
import org.microcred.enrolment.pathway.PathwayProgress;
import org.microcred.enrolment.pathway.PathwayProgressItem;
import org.microcred.enrolment.pathway.rest.PathwayFixture;
import org.microcred.enrolment.pathway.service.PathwayProgressService;
import org.microcred.enrolment.rest.CatalogueFixture;
import org.microcred.enrolment.rest.DashboardViews;
import org.microcred.events.enrolment.PathwayCompleted;
import org.microcred.events.enrolment.PathwayComponent;
import org.microcred.events.enrolment.RecognitionDecided;
import org.microcred.support.testing.Tokens;

/**
 * Recognition of credentials from elsewhere (issue 14, point 5): the wallet's events open requests in the earner's
 * institution; its issuer-admins accept one as equivalent to a micro-credential of a pathway (it then counts and can
 * complete the pathway, named among its components) or refuse it (never counts); a credential revoked, suspended,
 * removed or expired by the clock counts for nothing; decisions are audited, announced, and the institution's alone.
 */
@Tag("servers")
@QuarkusTest
class RecognitionTest {

    private static final String TENANT = "northbridge";
    private static final String ADMIN = "nb-admin";
    private static final String RECOGNITIONS = "/api/v1/recognitions/";

    @Inject
    PathwayProgressService progress;

    @Test
    void anAcceptedRecognitionCountsAndCompletesThePathwayNamingIt() {
        UUID a = CatalogueFixture.published(ADMIN, "Held A " + UUID.randomUUID());
        String bName = "Recognised B " + UUID.randomUUID();
        UUID b = CatalogueFixture.published(ADMIN, bName);
        UUID p = PathwayFixture.published(ADMIN, "Recognition " + UUID.randomUUID(),
                allOf(achievement(a), achievement(b)));
        String earner = "earner-" + UUID.randomUUID();
        UUID external = UUID.randomUUID();
        earn(earner, a);
        UUID id = RecognitionFixture.submitted(TENANT, earner, external, Instant.now().plus(Duration.ofDays(365)));

        as(ADMIN).queryParam("status", "PENDING").queryParam("limit", 200).get(RECOGNITIONS).then().statusCode(200)
                .body("items.id", hasItem(id.toString()));
        as(ADMIN).queryParam("externalCredentialId", external).get(RECOGNITIONS).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(id.toString()));
        as(ADMIN).queryParam("externalCredentialId", external).queryParam("status", "REFUSED").get(RECOGNITIONS)
                .then().statusCode(200).body("total", equalTo(0));
        as(ADMIN).get(RECOGNITIONS + id).then().statusCode(200).body("status", equalTo("PENDING"))
                .body("earnerId", equalTo(earner)).body("issuerName", equalTo(RecognitionFixture.ISSUER_NAME))
                .body("externalAchievementName", equalTo(RecognitionFixture.ACHIEVEMENT_NAME))
                .body("credentialStatus", equalTo("VALID")).body("counts", equalTo(false));
        assertEquals(0, PathwayFixture.completionsOf(p, earner));

        accept(ADMIN, id, p, b, "Same outcomes and level").then().statusCode(200)
                .body("status", equalTo("ACCEPTED")).body("pathwayId", equalTo(p.toString()))
                .body("componentAchievementId", equalTo(b.toString())).body("componentName", equalTo(bName))
                .body("reason", equalTo("Same outcomes and level")).body("counts", equalTo(true))
                .body("decidedBy", equalTo(Tokens.subject(ADMIN)));

        // Completed once, the recognised credential named among the components (for the stacked credential).
        assertEquals(1, PathwayFixture.completionsOf(p, earner));
        PathwayCompleted completed = (PathwayCompleted) RecognitionFixture.committed(p + ":" + earner).get(0).payload();
        PathwayComponent recognised = completed.components().stream()
                .filter(c -> c.externalCredentialId() != null).findFirst().orElseThrow();
        assertEquals(b, recognised.achievementId());
        assertEquals(bName, recognised.name());
        assertEquals(external, recognised.externalCredentialId());
        assertEquals(id, recognised.recognitionId());
        assertEquals(RecognitionFixture.ISSUER_NAME, recognised.issuerName());
        assertEquals(RecognitionFixture.ISSUER, recognised.issuerId());
        assertEquals(RecognitionFixture.ACHIEVEMENT, recognised.externalAchievementId());
        assertEquals(RecognitionFixture.ACHIEVEMENT_NAME, recognised.externalAchievementName());
        assertNull(recognised.credentialId());
        assertEquals(2, completed.components().size());

        // The dashboard shows the component as recognised.
        PathwayProgress shown = progressOf(earner, p);
        assertTrue(shown.complete());
        assertEquals(2, shown.earned());
        DashboardViews.PathwayView view = DashboardViews.PathwayView.of(shown);
        assertNull(view.items().get(0).recognised(), "A is the earner's own credential");
        PathwayProgressItem.Recognised item = view.items().get(1).recognised();
        assertNotNull(item, "B counts through the recognition");
        assertTrue(view.items().get(1).earned());
        assertEquals(external, item.externalCredentialId());
        assertEquals(RecognitionFixture.ISSUER_NAME, item.issuerName());
        assertEquals(RecognitionFixture.ACHIEVEMENT_NAME, item.achievementName());

        // Announced and audited, the reason and the state before and after.
        RecognitionDecided decided = (RecognitionDecided) RecognitionFixture.committed(external.toString()).stream()
                .filter(e -> e.payload() instanceof RecognitionDecided).findFirst().orElseThrow().payload();
        assertEquals(RecognitionDecided.ACCEPTED, decided.decision());
        assertEquals(p, decided.pathwayId());
        assertEquals(b, decided.componentAchievementId());
        assertEquals(earner, decided.earnerId());
        as(ADMIN).queryParam("objectId", id).get("/api/v1/audit").then().statusCode(200)
                .body("action", equalTo(List.of("recognition.accepted")))
                .body("[0].objectType", equalTo("recognition"))
                .body("[0].actorId", equalTo(Tokens.subject(ADMIN)))
                .body("[0].actorRoles", hasItem("issuer-admin"))
                .body("[0].before.status", equalTo("PENDING")).body("[0].before.pathwayId", equalTo(null))
                .body("[0].after.status", equalTo("ACCEPTED")).body("[0].after.pathwayId", equalTo(p.toString()))
                .body("[0].after.componentAchievementId", equalTo(b.toString()))
                .body("[0].after.externalCredentialId", equalTo(external.toString()))
                .body("[0].after.reason", equalTo("Same outcomes and level"));

        accept(ADMIN, id, p, b, "Again").then().statusCode(409)
                .body("type", equalTo("https://microcred.org/problems/recognition-decided"));
    }

    @Test
    void aRefusedRecognitionNeverCounts() {
        UUID a = CatalogueFixture.published(ADMIN, "Refused A " + UUID.randomUUID());
        UUID p = PathwayFixture.published(ADMIN, "Refused " + UUID.randomUUID(), allOf(achievement(a)));
        String earner = "earner-" + UUID.randomUUID();
        UUID id = RecognitionFixture.submitted(TENANT, earner, UUID.randomUUID(), null);

        as(ADMIN).contentType(ContentType.JSON).body(Map.of("reason", "")).post(RECOGNITIONS + id + "/refuse")
                .then().statusCode(400);
        as(ADMIN).contentType(ContentType.JSON).body(Map.of("reason", "Outcomes differ"))
                .post(RECOGNITIONS + id + "/refuse").then().statusCode(200).body("status", equalTo("REFUSED"))
                .body("reason", equalTo("Outcomes differ")).body("counts", equalTo(false));
        accept(ADMIN, id, p, a, "Changed my mind").then().statusCode(409)
                .body("type", equalTo("https://microcred.org/problems/recognition-decided"));

        assertEquals(0, PathwayFixture.completionsOf(p, earner));
        assertTrue(call(() -> progress.progressFor(TENANT, earner)).stream().noneMatch(x -> x.pathwayId().equals(p)),
                "a refused recognition is no progress");
        as(ADMIN).queryParam("objectId", id).get("/api/v1/audit").then().statusCode(200)
                .body("action", equalTo(List.of("recognition.refused")))
                .body("[0].before.status", equalTo("PENDING")).body("[0].after.status", equalTo("REFUSED"))
                .body("[0].after.reason", equalTo("Outcomes differ"));
        as(ADMIN).queryParam("status", "REFUSED").queryParam("limit", 200).get(RECOGNITIONS).then().statusCode(200)
                .body("items.id", hasItem(id.toString()));
    }

    @Test
    void aRecognitionRevokedAfterAcceptanceStopsCountingBeforeCompletion() {
        UUID a = CatalogueFixture.published(ADMIN, "Revoked A " + UUID.randomUUID());
        UUID b = CatalogueFixture.published(ADMIN, "Revoked B " + UUID.randomUUID());
        UUID p = PathwayFixture.published(ADMIN, "Revoked recognition " + UUID.randomUUID(),
                allOf(achievement(a), achievement(b)));
        String earner = "earner-" + UUID.randomUUID();
        UUID external = UUID.randomUUID();
        UUID id = RecognitionFixture.submitted(TENANT, earner, external, null);
        accept(ADMIN, id, p, a, "Equivalent").then().statusCode(200);
        assertEquals(1, progressOf(earner, p).earned());

        RecognitionFixture.statusChanged(TENANT, earner, external, "REVOKED");
        assertEquals("VOID", RecognitionFixture.status(id));
        assertEquals(0, earnedToward(earner, p), "revoked: counts for nothing");
        earn(earner, b);
        assertEquals(0, PathwayFixture.completionsOf(p, earner), "A no longer counts: not complete");

        // Revoked is for good: a later VALID does not bring it back.
        RecognitionFixture.statusChanged(TENANT, earner, external, "VALID");
        assertEquals("VOID", RecognitionFixture.status(id));
        assertEquals(0, PathwayFixture.completionsOf(p, earner));
    }

    @Test
    void aSuspendedRecognitionCountsAgainOnceValid() {
        UUID a = CatalogueFixture.published(ADMIN, "Suspended A " + UUID.randomUUID());
        UUID b = CatalogueFixture.published(ADMIN, "Suspended B " + UUID.randomUUID());
        UUID p = PathwayFixture.published(ADMIN, "Suspended recognition " + UUID.randomUUID(),
                allOf(achievement(a), achievement(b)));
        String earner = "earner-" + UUID.randomUUID();
        UUID external = UUID.randomUUID();
        UUID id = RecognitionFixture.submitted(TENANT, earner, external, null);
        accept(ADMIN, id, p, a, "Equivalent").then().statusCode(200);

        RecognitionFixture.statusChanged(TENANT, earner, external, "SUSPENDED");
        assertEquals("VOID", RecognitionFixture.status(id));
        earn(earner, b);
        assertEquals(0, PathwayFixture.completionsOf(p, earner), "suspended: counts for nothing");

        RecognitionFixture.statusChanged(TENANT, earner, external, "VALID");
        assertEquals("ACCEPTED", RecognitionFixture.status(id));
        assertEquals(1, PathwayFixture.completionsOf(p, earner), "valid again: counts, and completes");
    }

    @Test
    void aPendingRequestWhoseCredentialIsRemovedCannotBeAccepted() {
        UUID a = CatalogueFixture.published(ADMIN, "Removed A " + UUID.randomUUID());
        UUID p = PathwayFixture.published(ADMIN, "Removed " + UUID.randomUUID(), allOf(achievement(a)));
        String earner = "earner-" + UUID.randomUUID();
        UUID external = UUID.randomUUID();
        UUID id = RecognitionFixture.submitted(TENANT, earner, external, null);
        RecognitionFixture.statusChanged(TENANT, earner, external, "REMOVED");
        assertEquals("VOID", RecognitionFixture.status(id));
        accept(ADMIN, id, p, a, "Equivalent").then().statusCode(409)
                .body("type", equalTo("https://microcred.org/problems/external-credential-not-valid"));
        assertEquals(0, PathwayFixture.completionsOf(p, earner));
    }

    @Test
    void aCredentialNamingSomeoneElseCannotBeAcceptedOneNamingNoEmailCan() {
        UUID a = CatalogueFixture.published(ADMIN, "Subject A " + UUID.randomUUID());
        UUID p = PathwayFixture.published(ADMIN, "Subject " + UUID.randomUUID(), allOf(achievement(a)));
        String earner = "earner-" + UUID.randomUUID();
        UUID someoneElses = RecognitionFixture.submitted(TENANT, earner, UUID.randomUUID(), null, "false");
        accept(ADMIN, someoneElses, p, a, "Equivalent").then().statusCode(409)
                .body("type", equalTo("https://microcred.org/problems/subject-not-earner"));
        assertEquals("PENDING", RecognitionFixture.status(someoneElses), "still there, to be refused");
        assertEquals(0, PathwayFixture.completionsOf(p, earner));
        UUID unknown = RecognitionFixture.submitted(TENANT, earner, UUID.randomUUID(), null, "unknown");
        accept(ADMIN, unknown, p, a, "Named by a DID the institution checked").then().statusCode(200);
        assertEquals(1, PathwayFixture.completionsOf(p, earner), "the issuer-admin's judgement where no email says");
    }

    @Test
    void anExpiredCredentialNeverCounts() throws InterruptedException {
        UUID a = CatalogueFixture.published(ADMIN, "Expired A " + UUID.randomUUID());
        UUID b = CatalogueFixture.published(ADMIN, "Expired B " + UUID.randomUUID());
        UUID p = PathwayFixture.published(ADMIN, "Expired " + UUID.randomUUID(), allOf(achievement(a), achievement(b)));
        String earner = "earner-" + UUID.randomUUID();

        // Expired when decided: refused as not valid.
        UUID expired = RecognitionFixture.submitted(TENANT, earner, UUID.randomUUID(), Instant.now().minusSeconds(60));
        accept(ADMIN, expired, p, a, "Equivalent").then().statusCode(409)
                .body("type", equalTo("https://microcred.org/problems/external-credential-not-valid"));

        // Valid when accepted, expired by the clock before the pathway is judged (no word from the wallet yet).
        Instant validUntil = Instant.now().plusSeconds(3);
        UUID soon = RecognitionFixture.submitted(TENANT, earner, UUID.randomUUID(), validUntil);
        accept(ADMIN, soon, p, a, "Equivalent").then().statusCode(200).body("counts", equalTo(true));
        assertEquals(1, progressOf(earner, p).earned());
        long wait = Duration.between(Instant.now(), validUntil).toMillis() + 50;
        if (wait > 0) {
            Thread.sleep(wait);
        }
        assertEquals("ACCEPTED", RecognitionFixture.status(soon));
        assertEquals(0, earnedToward(earner, p), "expired by the clock: counts for nothing");
        earn(earner, b);
        assertEquals(0, PathwayFixture.completionsOf(p, earner));
        as(ADMIN).get(RECOGNITIONS + soon).then().statusCode(200).body("counts", equalTo(false));
    }

    @Test
    void onlyTheInstitutionsIssuerAdminsSeeAndDecide() {
        UUID a = CatalogueFixture.published(ADMIN, "Access A " + UUID.randomUUID());
        UUID other = CatalogueFixture.published(ADMIN, "Not in the pathway " + UUID.randomUUID());
        UUID p = PathwayFixture.published(ADMIN, "Access " + UUID.randomUUID(), allOf(achievement(a)));
        UUID draft = PathwayFixture.draft(ADMIN, "Draft " + UUID.randomUUID(), allOf(achievement(a)));
        String earner = "earner-" + UUID.randomUUID();
        UUID id = RecognitionFixture.submitted(TENANT, earner, UUID.randomUUID(), null);

        // Another institution's issuer-admin: 404, and not in their list.
        as("sp-admin").get(RECOGNITIONS + id).then().statusCode(404);
        accept("sp-admin", id, p, a, "Equivalent").then().statusCode(404);
        as("sp-admin").contentType(ContentType.JSON).body(Map.of("reason", "No"))
                .post(RECOGNITIONS + id + "/refuse").then().statusCode(404);
        as("sp-admin").queryParam("limit", 200).get(RECOGNITIONS).then().statusCode(200)
                .body("items.id", not(hasItem(id.toString())));
        // The earner, a release-manager: 403.
        accept("nb-earner", id, p, a, "Mine").then().statusCode(403);
        as("nb-earner").contentType(ContentType.JSON).body(Map.of("reason", "No"))
                .post(RECOGNITIONS + id + "/refuse").then().statusCode(403);
        as("nb-earner").get(RECOGNITIONS).then().statusCode(403);
        accept("nb-release", id, p, a, "Fine").then().statusCode(403);
        // The component must be in the pathway's current published version.
        accept(ADMIN, id, p, other, "Equivalent").then().statusCode(400);
        accept(ADMIN, id, draft, a, "Equivalent").then().statusCode(400);
        accept(ADMIN, id, UUID.randomUUID(), a, "Equivalent").then().statusCode(400);
        as(ADMIN).queryParam("status", "DONE").get(RECOGNITIONS).then().statusCode(400);

        assertEquals("PENDING", RecognitionFixture.status(id));
        as(ADMIN).queryParam("objectId", id).get("/api/v1/audit").then().statusCode(200)
                .body("size()", equalTo(0));
    }

    private static io.restassured.response.Response accept(String user, UUID id, UUID pathway, UUID component,
            String reason) {
        return as(user).contentType(ContentType.JSON).body(Map.of("pathwayId", pathway.toString(),
                "componentAchievementId", component.toString(), "reason", reason))
                .post(RECOGNITIONS + id + "/accept");
    }

    private void earn(String earner, UUID achievementId) {
        call(() -> Panache.withTransaction(() -> progress.recordEarned(new EarnedCredential(TENANT, earner,
                "earner@example.org", "Earner", achievementId, 1, "MC " + achievementId, UUID.randomUUID(),
                Instant.now()))));
    }

    /** "earned of required" toward the pathway; 0 when nothing counts (the dashboard then leaves it out). */
    private int earnedToward(String earner, UUID pathwayId) {
        return call(() -> progress.progressFor(TENANT, earner)).stream().filter(x -> x.pathwayId().equals(pathwayId))
                .findFirst().map(PathwayProgress::earned).orElse(0);
    }

    private PathwayProgress progressOf(String earner, UUID pathwayId) {
        List<PathwayProgress> all = call(() -> progress.progressFor(TENANT, earner));
        return all.stream().filter(x -> x.pathwayId().equals(pathwayId)).findFirst()
                .orElseThrow(() -> new AssertionError("pathway " + pathwayId + " not shown: " + all));
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.user(user));
    }

    private static <T> T call(Supplier<io.smallrye.mutiny.Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(work);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
