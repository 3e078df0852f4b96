package org.microcred.enrolment.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.events.EventCodec;
import org.microcred.events.Topics;
import org.microcred.events.catalogue.AchievementPublished;
import org.microcred.events.catalogue.EvidencePrompt;
import org.microcred.events.catalogue.LearningResource;
import org.microcred.events.catalogue.SecondMarking;
import org.microcred.support.testing.TestKafka;
import org.microcred.support.testing.Tokens;

/** Versions and lifecycle: draft -> published (immutable) -> new version -> retired. */
@Tag("servers")
@QuarkusTest
class CatalogueVersionsTest {

    private static final String ADMIN = "nb-admin";

    @Test
    void publishedVersionNeverChangesAndEditsMakeANewVersion() {
        String name = "Versioned " + UUID.randomUUID();
        UUID id = CatalogueFixture.published(ADMIN, CatalogueFixture.full(name));
        String admin = Tokens.user(ADMIN);

        // A published version is immutable.
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(CatalogueFixture.full(name + " edited"))
                .put("/api/v1/achievements/" + id)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("/versions"));

        // A new draft copied from the published one; a second one is refused, naming the draft.
        given().auth().oauth2(admin).post("/api/v1/achievements/" + id + "/versions")
                .then().statusCode(201).body("version", equalTo(2)).body("status", equalTo("DRAFT"))
                .body("name", equalTo(name)).body("capacity", equalTo(30));
        given().auth().oauth2(admin).post("/api/v1/achievements/" + id + "/versions")
                .then().statusCode(409).body("detail", containsString("Version 2"));

        given().auth().oauth2(admin).contentType(ContentType.JSON).body(CatalogueFixture.full(name + " v2"))
                .put("/api/v1/achievements/" + id)
                .then().statusCode(200).body("version", equalTo(2)).body("name", equalTo(name + " v2"));

        // Earners still see version 1 while version 2 is a draft; admins see the draft.
        given().auth().oauth2(Tokens.user("nb-earner")).get("/api/v1/achievements/" + id)
                .then().statusCode(200).body("version", equalTo(1)).body("name", equalTo(name));
        given().auth().oauth2(admin).get("/api/v1/achievements/" + id)
                .then().statusCode(200).body("version", equalTo(2)).body("status", equalTo("DRAFT"));
        given().auth().oauth2(Tokens.user("nb-earner")).get("/api/v1/achievements/" + id + "/versions/2")
                .then().statusCode(404);

        Approvals.publish(admin, "/api/v1/achievements/" + id)
                .then().statusCode(200).body("version", equalTo(2)).body("status", equalTo("PUBLISHED"));
        given().auth().oauth2(Tokens.user("nb-earner")).get("/api/v1/achievements/" + id)
                .then().statusCode(200).body("version", equalTo(2)).body("name", equalTo(name + " v2"));
        // Version 1 is kept as it was published.
        given().auth().oauth2(Tokens.user("nb-earner")).get("/api/v1/achievements/" + id + "/versions/1")
                .then().statusCode(200).body("name", equalTo(name)).body("status", equalTo("PUBLISHED"));
        given().auth().oauth2(Tokens.user("nb-earner")).get("/api/v1/achievements/" + id + "/versions")
                .then().statusCode(200).body("version", equalTo(List.of(1, 2)));
    }

    @Test
    void thePublishedEventCarriesEveryFieldAndTheVersion() {
        String name = "Event " + UUID.randomUUID();
        UUID id = CatalogueFixture.published(ADMIN, CatalogueFixture.full(name));
        given().auth().oauth2(Tokens.user(ADMIN)).post("/api/v1/achievements/" + id + "/versions").then().statusCode(201);
        Approvals.publish(Tokens.user(ADMIN), "/api/v1/achievements/" + id).then().statusCode(200);

        AchievementPublished v2 = await().atMost(Duration.ofSeconds(30))
                .until(() -> published(id, 2), Optional::isPresent).orElseThrow();
        assertEquals(2, v2.version());
        assertEquals("performance", v2.benchmarkKind());
        assertEquals("hybrid", v2.deliveryMode());
        assertEquals(5, v2.feedbackTargetDays());
        assertEquals(2, v2.maxAttempts());
        assertEquals(new SecondMarking("sample", 20), v2.secondMarking());
        assertEquals(List.of(new LearningResource("Formative assessment guide", "https://learn.example.org/formative")),
                v2.learningResources());
        EvidencePrompt files = v2.evidencePrompts().get(1);
        assertEquals("files", files.kind());
        assertEquals(List.of("application/pdf", "video/mp4"), files.allowedMediaTypes());
        assertEquals(1, files.minItems());
        assertEquals(3, files.maxItems());
        assertEquals(true, files.fileRequired());
        assertEquals(0, new BigDecimal("2.5").compareTo(v2.rubric().criteria().get(0).weight()));
        assertEquals(3, v2.rubric().criteria().get(0).levels().get(1).points());
        // Version 1 went out before version 2, perhaps to another partition: wait for it, do not assume it.
        assertNotNull(await().atMost(Duration.ofSeconds(30)).until(() -> published(id, 1), Optional::isPresent)
                .orElse(null));
    }

    @Test
    void aProgressMicroCredentialNeedsNoPromptsOrRubric() {
        UUID id = CatalogueFixture.published(ADMIN, CatalogueFixture.progress("Progress " + UUID.randomUUID()));
        given().auth().oauth2(Tokens.user("nb-earner")).get("/api/v1/achievements/" + id)
                .then().statusCode(200)
                .body("benchmarkKind", equalTo("progress"))
                .body("progressRule.activityId", equalTo("course-101-final"))
                .body("progressRule.minScore", equalTo(80))
                .body("evidencePrompts.size()", equalTo(0))
                .body("rubric.criteria.size()", equalTo(0));
    }

    @Test
    void defaultsAreTheContractsOnes() {
        UUID id = CatalogueFixture.draft(ADMIN, "Defaults " + UUID.randomUUID());
        given().auth().oauth2(Tokens.user(ADMIN)).get("/api/v1/achievements/" + id)
                .then().statusCode(200)
                .body("benchmarkKind", equalTo("performance"))
                .body("feedbackTargetDays", equalTo(14))
                .body("maxAttempts", equalTo(3))
                .body("termsVersion", equalTo("1"))
                .body("confirmationMode", equalTo("automatic"))
                .body("evidencePrompts[0].kind", equalTo(null))
                .body("evidencePrompts[0].fileRequired", equalTo(true));
    }

    @Test
    void retiringHidesItFromEarnersAndANewVersionOffersItAgain() {
        String name = "Retired " + UUID.randomUUID();
        UUID id = CatalogueFixture.published(ADMIN, name);
        String admin = Tokens.user(ADMIN);
        given().auth().oauth2(Approvals.releaseManager(admin)).post("/api/v1/achievements/" + id + "/retire")
                .then().statusCode(200).body("status", equalTo("RETIRED")).body("retiredAt", notNullValue());
        // Retiring again changes nothing.
        given().auth().oauth2(Approvals.releaseManager(admin)).post("/api/v1/achievements/" + id + "/retire").then().statusCode(200);

        given().auth().oauth2(Tokens.user("nb-earner")).get("/api/v1/achievements/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.user("nb-earner")).queryParam("q", name).get("/api/v1/achievements")
                .then().statusCode(200).body("items.id", not(hasItem(id.toString())));
        // The version stays readable: journeys that used it go on.
        given().auth().oauth2(Tokens.user("nb-earner")).get("/api/v1/achievements/" + id + "/versions/1")
                .then().statusCode(200).body("status", equalTo("RETIRED"));
        given().auth().oauth2(admin).queryParam("q", name).queryParam("status", "RETIRED").get("/api/v1/achievements")
                .then().statusCode(200).body("items.id", hasItem(id.toString()));
        // Retired has no draft to publish.
        given().auth().oauth2(admin).post("/api/v1/achievements/" + id + "/publish").then().statusCode(409);

        given().auth().oauth2(admin).post("/api/v1/achievements/" + id + "/versions")
                .then().statusCode(201).body("version", equalTo(2));
        Approvals.publish(admin, "/api/v1/achievements/" + id).then().statusCode(200);
        given().auth().oauth2(Tokens.user("nb-earner")).get("/api/v1/achievements/" + id)
                .then().statusCode(200).body("version", equalTo(2));
    }

    @Test
    void aDraftNeverPublishedCannotBeRetired() {
        UUID id = CatalogueFixture.draft(ADMIN, "Never published " + UUID.randomUUID());
        given().auth().oauth2(Approvals.releaseManager(Tokens.user(ADMIN))).post("/api/v1/achievements/" + id + "/retire")
                .then().statusCode(409).body("type", equalTo("https://microcred.org/problems/not-published"));
    }

    private static Optional<AchievementPublished> published(UUID id, int version) {
        return TestKafka.readToEnd("test." + Topics.CATALOGUE).stream()
                .filter(r -> r.key().equals(id + ":" + version))
                .map(r -> (AchievementPublished) EventCodec.decode(r.value()).payload())
                .findFirst();
    }

}
