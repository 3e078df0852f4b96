package org.microcred.enrolment.rest;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.microcred.support.testing.Tokens;

/** Micro-credentials made through the API, for tests that need one. */
public final class CatalogueFixture {

    private CatalogueFixture() {
    }

    public static Map<String, Object> definition(String name) {
        return Map.of(
                "name", name,
                "description", "Designs formative checks for understanding.",
                "competencyStatement", "Uses formative assessment to adjust teaching.",
                "criteriaNarrative", "Submit a lesson plan with embedded checks.",
                "evidencePrompts", List.of(Map.of("id", "plan", "text", "Upload your lesson plan", "fileRequired", true)),
                "rubric", Map.of("criteria", List.of(Map.of(
                        "id", "objectives", "name", "Objectives",
                        "levels", List.of(Map.of("id", "emerging", "name", "Emerging"),
                                Map.of("id", "proficient", "name", "Proficient")),
                        "requiredLevelId", "proficient"))));
    }

    static UUID draft(String admin, String name) {
        return UUID.fromString(given().auth().oauth2(Tokens.user(admin)).contentType(ContentType.JSON)
                .body(definition(name))
                .post("/api/v1/achievements")
                .then().statusCode(201)
                .extract().path("id"));
    }

    static UUID published(String admin, String name) {
        UUID id = draft(admin, name);
        given().auth().oauth2(Tokens.user(admin)).post("/api/v1/achievements/" + id + "/publish")
                .then().statusCode(200);
        return id;
    }

    static UUID enrol(String earner, UUID achievementId) {
        return UUID.fromString(given().auth().oauth2(Tokens.user(earner)).contentType(ContentType.JSON)
                .body(Map.of("achievementId", achievementId))
                .post("/api/v1/enrolments")
                .then().statusCode(201)
                .extract().path("id"));
    }
}
