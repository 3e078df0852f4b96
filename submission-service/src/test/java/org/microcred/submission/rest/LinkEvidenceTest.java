package org.microcred.submission.rest;

import org.junit.jupiter.api.Tag;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microcred.events.catalogue.EvidencePrompt;
import org.microcred.submission.TestDb;
import org.microcred.submission.rest.Journeys.Journey;
import org.microcred.support.testing.Tokens;

@Tag("servers")
@QuarkusTest
class LinkEvidenceTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String URL = "https://portfolio.example.org/zoe/lesson-3";

    @Test
    void aLinkIsAddedShownAndRemoved() {
        UUID id = Journeys.startAttempt(Journeys.enrolledInKinds("nb-earner"));
        String linkId = Journeys.addLink("nb-earner", id, "portfolio", URL, "Lesson 3 — video")
                .then().statusCode(201).contentType("application/json")
                .header("Location", containsString("/api/v1/submissions/" + id + "/links/"))
                .body("promptId", equalTo("portfolio"))
                .body("url", equalTo(URL))
                .body("title", equalTo("Lesson 3 — video"))
                .extract().path("id");
        Journeys.addLink("nb-earner", id, "portfolio", URL, null).then().statusCode(200).body("id", equalTo(linkId));
        given().auth().oauth2(Tokens.user("nb-earner")).get("/api/v1/submissions/" + id)
                .then().statusCode(200).body("links.id", contains(linkId)).body("links[0].url", equalTo(URL));
        given().auth().oauth2(Tokens.user("nb-earner")).delete("/api/v1/submissions/" + id + "/links/" + linkId)
                .then().statusCode(204);
        given().auth().oauth2(Tokens.user("nb-earner")).delete("/api/v1/submissions/" + id + "/links/" + linkId)
                .then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(Tokens.user("nb-earner")).get("/api/v1/submissions/" + id)
                .then().statusCode(200).body("links", hasSize(0));
    }

    @Test
    void onlyHttpAndHttpsUrlsOfAtMost2000CharactersAreTaken() {
        UUID id = Journeys.startAttempt(Journeys.enrolledInKinds("nb-earner"));
        for (String url : List.of("javascript:alert(1)", "ftp://example.org/a", "file:///etc/passwd",
                "https://user:pw@example.org/", "https://example.org/a b", "https:///nohost")) {
            Journeys.addLink("nb-earner", id, "portfolio", url, null)
                    .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("url"));
        }
        Journeys.addLink("nb-earner", id, "portfolio", "https://example.org/" + "a".repeat(1981), null)
                .then().statusCode(400).body("errors[0].field", equalTo("url"));
        Journeys.addLink("nb-earner", id, "portfolio", URL, "t".repeat(201))
                .then().statusCode(400).body("errors[0].field", equalTo("title"));
        Journeys.addLink("nb-earner", id, "portfolio", URL, "bad\u0007title")
                .then().statusCode(400).body("errors[0].field", equalTo("title"));
        given().auth().oauth2(Tokens.user("nb-earner")).contentType(ContentType.JSON).body(Map.of("promptId", "portfolio"))
                .post("/api/v1/submissions/" + id + "/links").then().statusCode(400).body("errors[0].field", equalTo("url"));
        assertEquals(0, TestDb.evidenceOf(id).links());
    }

    @Test
    void linksGoOnlyToLinksPromptsWithinTheirMaxItems() {
        UUID id = Journeys.startAttempt(Journeys.enrolledInKinds("nb-earner"));
        Journeys.addLink("nb-earner", id, "photos", URL, null).then().statusCode(400)
                .body("errors[0].field", equalTo("promptId")).body("errors[0].message", containsString("not by links"));
        Journeys.addLink("nb-earner", id, "nope", URL, null).then().statusCode(400);
        for (int i = 0; i < 3; i++) {
            Journeys.addLink("nb-earner", id, "portfolio", URL + "?v=" + i, null).then().statusCode(201);
        }
        Journeys.addLink("nb-earner", id, "portfolio", URL + "?v=4", null).then().statusCode(409)
                .body("type", equalTo("https://microcred.org/problems/too-many-items"));
        assertEquals(3, TestDb.evidenceOf(id).links());
    }

    @Test
    void anAttemptHoldsAtMostTwentyLinks() {
        List<EvidencePrompt> prompts = List.of(
                new EvidencePrompt("a", "Links", false, EvidencePrompt.LINKS, null, 1, 15),
                new EvidencePrompt("b", "More links", false, EvidencePrompt.LINKS, null, 1, 15));
        UUID achievement = Journeys.publish("northbridge", prompts, null, null);
        UUID id = Journeys.startAttempt(Journeys.enrol("nb-earner", "northbridge", achievement));
        for (int i = 0; i < 20; i++) {
            Journeys.addLink("nb-earner", id, i < 15 ? "a" : "b", URL + "?n=" + i, null).then().statusCode(201);
        }
        Journeys.addLink("nb-earner", id, "b", URL + "?n=21", null).then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("https://microcred.org/problems/too-many-links"));
        assertEquals(20, TestDb.evidenceOf(id).links());
    }

    @Test
    void onlyTheEarnerAddsOrRemovesLinksOfTheirDraft() {
        Journey journey = Journeys.enrolledInKinds("nb-earner");
        UUID id = Journeys.startAttempt(journey);
        String linkId = Journeys.addLink("nb-earner", id, "portfolio", URL, null).then().statusCode(201)
                .extract().path("id");
        Journeys.addLink("nb-earner2", id, "portfolio", URL + "?x", null).then().statusCode(404);
        Journeys.addLink("sp-earner", id, "portfolio", URL + "?x", null).then().statusCode(404);
        for (String staff : List.of("nb-assessor", "nb-admin", "nb-release")) {
            Journeys.addLink(staff, id, "portfolio", URL + "?x", null).then().statusCode(403);
            given().auth().oauth2(Tokens.user(staff)).delete("/api/v1/submissions/" + id + "/links/" + linkId)
                    .then().statusCode(403);
        }
        given().auth().oauth2(Tokens.user("nb-earner2")).delete("/api/v1/submissions/" + id + "/links/" + linkId)
                .then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("promptId", "portfolio", "url", URL))
                .post("/api/v1/submissions/" + id + "/links").then().statusCode(401);
        assertEquals(1, TestDb.evidenceOf(id).links());
    }
}
