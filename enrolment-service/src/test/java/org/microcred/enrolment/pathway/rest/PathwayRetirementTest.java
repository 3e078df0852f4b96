package org.microcred.enrolment.pathway.rest;

import org.microcred.enrolment.rest.Approvals;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.microcred.enrolment.pathway.rest.PathwayFixture.achievement;
import static org.microcred.enrolment.pathway.rest.PathwayFixture.allOf;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.enrolment.pathway.EarnedCredential;
import org.microcred.enrolment.pathway.PathwayProgress;
import org.microcred.enrolment.pathway.service.PathwayProgressService;
import org.microcred.enrolment.rest.CatalogueFixture;
import org.microcred.support.testing.Tokens;

/** A retired pathway is no longer offered nor evaluated; what earners achieved toward it stays visible. */
@Tag("servers")
@QuarkusTest
class PathwayRetirementTest {

    private static final String TENANT = "northbridge";
    private static final String ADMIN = "nb-admin";

    @Inject
    PathwayProgressService progress;

    @Test
    void aRetiredPathwayIsNoLongerOfferedUntilANewVersionIsPublished() {
        UUID a = CatalogueFixture.published(ADMIN, "Retired part " + UUID.randomUUID());
        UUID id = PathwayFixture.published(ADMIN, "Retiring " + UUID.randomUUID(), allOf(achievement(a)));
        String admin = Tokens.user(ADMIN);
        String earner = Tokens.user("nb-earner");

        given().auth().oauth2(Approvals.releaseManager(admin)).post("/api/v1/pathways/" + id + "/retire").then().statusCode(200)
                .body("status", equalTo("RETIRED")).body("version", equalTo(1)).body("retiredAt", notNullValue());
        given().auth().oauth2(Approvals.releaseManager(admin)).post("/api/v1/pathways/" + id + "/retire").then().statusCode(200)
                .body("status", equalTo("RETIRED"));

        given().auth().oauth2(earner).get("/api/v1/pathways/" + id).then().statusCode(404);
        assertFalse(PathwayFixture.listed("nb-earner", null).contains(id.toString()), "no longer offered");
        given().auth().oauth2(admin).get("/api/v1/pathways/" + id).then().statusCode(200)
                .body("status", equalTo("RETIRED"));
        assertTrue(PathwayFixture.listed(ADMIN, "RETIRED").contains(id.toString()));
        given().auth().oauth2(admin).post("/api/v1/pathways/" + id + "/publish").then().statusCode(409)
                .body("type", equalTo("https://microcred.org/problems/retired"));

        given().auth().oauth2(admin).post("/api/v1/pathways/" + id + "/versions").then().statusCode(201);
        Approvals.publish(admin, "/api/v1/pathways/" + id).then().statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("version", equalTo(2));
        given().auth().oauth2(earner).get("/api/v1/pathways/" + id).then().statusCode(200).body("version", equalTo(2));
    }

    @Test
    void onlyTheTenantsReleaseManagersRetireAndOnlyWhatWasPublished() {
        UUID a = CatalogueFixture.published(ADMIN, "Retire access " + UUID.randomUUID());
        UUID published = PathwayFixture.published(ADMIN, "Retire access " + UUID.randomUUID(), allOf(achievement(a)));
        UUID draft = PathwayFixture.draft(ADMIN, "Never published " + UUID.randomUUID(), allOf(achievement(a)));
        String path = "/api/v1/pathways/" + published + "/retire";
        for (String user : List.of("nb-earner", "nb-assessor")) {
            given().auth().oauth2(Tokens.user(user)).post(path).then().statusCode(403);
        }
        // Under the approval gate (the default), retiring is a release-manager's decision.
        given().auth().oauth2(Tokens.user(ADMIN)).post(path).then().statusCode(403)
                .body("type", equalTo("https://microcred.org/problems/release-manager-required"));
        given().post(path).then().statusCode(401);
        given().auth().oauth2(Tokens.user("sp-release")).post(path).then().statusCode(404);
        given().auth().oauth2(Tokens.user("nb-release")).post("/api/v1/pathways/" + UUID.randomUUID() + "/retire")
                .then().statusCode(404);
        given().auth().oauth2(Tokens.user("nb-release")).post("/api/v1/pathways/" + draft + "/retire")
                .then().statusCode(409).body("type", equalTo("https://microcred.org/problems/not-published"));
        given().auth().oauth2(Tokens.user("nb-earner")).get("/api/v1/pathways/" + published).then().statusCode(200);
    }

    @Test
    void aRetiredPathwayIsNotCompletedAnewButProgressStaysVisibleAsRetired() {
        UUID a = CatalogueFixture.published(ADMIN, "Frozen A " + UUID.randomUUID());
        UUID b = CatalogueFixture.published(ADMIN, "Frozen B " + UUID.randomUUID());
        UUID p = PathwayFixture.published(ADMIN, "Frozen " + UUID.randomUUID(), allOf(achievement(a), achievement(b)));
        UUID done = PathwayFixture.published(ADMIN, "Done before " + UUID.randomUUID(), allOf(achievement(a)));
        String earner = "earner-" + UUID.randomUUID();
        earn(earner, a);
        assertEquals("PUBLISHED", progressOf(earner, p).status());
        assertTrue(progressOf(earner, done).complete());

        given().auth().oauth2(Approvals.releaseManager(Tokens.user(ADMIN))).post("/api/v1/pathways/" + p + "/retire").then().statusCode(200);
        given().auth().oauth2(Approvals.releaseManager(Tokens.user(ADMIN))).post("/api/v1/pathways/" + done + "/retire").then().statusCode(200);
        earn(earner, b);

        assertEquals(0, PathwayFixture.completionsOf(p, earner), "no longer evaluated");
        PathwayProgress frozen = progressOf(earner, p);
        assertEquals("RETIRED", frozen.status());
        assertEquals(2, frozen.earned());
        assertFalse(frozen.complete());
        PathwayProgress completed = progressOf(earner, done);
        assertEquals("RETIRED", completed.status());
        assertTrue(completed.complete(), "what was completed stays completed");
    }

    private void earn(String earner, UUID achievementId) {
        call(() -> Panache.withTransaction(() -> progress.recordEarned(new EarnedCredential(TENANT, earner,
                "earner@example.org", "Earner", achievementId, 1, "MC " + achievementId, UUID.randomUUID(),
                Instant.now()))));
    }

    private PathwayProgress progressOf(String earner, UUID pathwayId) {
        List<PathwayProgress> all = call(() -> progress.progressFor(TENANT, earner));
        return all.stream().filter(p -> p.pathwayId().equals(pathwayId)).findFirst()
                .orElseThrow(() -> new AssertionError("pathway " + pathwayId + " not shown: " + all));
    }

    private static <T> T call(java.util.function.Supplier<io.smallrye.mutiny.Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(work);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
