package org.microcred.enrolment.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.support.testing.Tokens;

/**
 * A definition's text is copied into every credential of it, so the whole definition has a budget
 * (microcred.catalogue.max-definition-bytes, 32768 bytes as JSON) besides its fields' own limits, and a prompt's
 * text (repeated once per piece of evidence) at most 500 characters (issue 9 B).
 */
@Tag("servers")
@QuarkusTest
class DefinitionSizeLimitTest {

    /** 20 criteria of 10 levels, every level description {@code chars} long: each field within its own limit. */
    private static Map<String, Object> withRubric(String name, int chars) {
        List<Map<String, Object>> criteria = IntStream.range(0, 20).mapToObj(c -> Map.<String, Object>of(
                "id", "c" + c, "name", "Criterion " + c, "requiredLevelId", "l9",
                "levels", IntStream.range(0, 10).mapToObj(l -> Map.<String, Object>of("id", "l" + l,
                        "name", "Level " + l, "description", "d".repeat(chars))).toList())).toList();
        Map<String, Object> body = new HashMap<>(CatalogueFixture.definition(name));
        body.put("rubric", Map.of("criteria", criteria));
        return body;
    }

    @Test
    void aDefinitionOverItsBudgetIsA400NamingTheWholeDefinitionAndNothingIsStored() {
        String name = "Huge rubric " + UUID.randomUUID();
        // 200 descriptions of 2000 characters: each allowed alone, 400 KB together.
        given().auth().oauth2(Tokens.user("nb-admin")).contentType(ContentType.JSON).body(withRubric(name, 2000))
                .post("/api/v1/achievements")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("definition"))
                .body("errors.find { it.field == 'definition' }.message", containsString("at most 32768"));
        given().auth().oauth2(Tokens.user("nb-admin")).queryParam("q", name).get("/api/v1/achievements")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aFullRubricWithShortDescriptionsFitsTheBudget() {
        given().auth().oauth2(Tokens.user("nb-admin")).contentType(ContentType.JSON)
                .body(withRubric("Full rubric " + UUID.randomUUID(), 60))
                .post("/api/v1/achievements")
                .then().statusCode(201);
    }

    @Test
    void aPromptTextOver500CharactersIsA400() {
        Map<String, Object> body = new HashMap<>(CatalogueFixture.definition("Long prompt " + UUID.randomUUID()));
        body.put("evidencePrompts", List.of(Map.of("id", "plan", "text", "p".repeat(501), "fileRequired", true)));
        given().auth().oauth2(Tokens.user("nb-admin")).contentType(ContentType.JSON).body(body)
                .post("/api/v1/achievements")
                .then().statusCode(400).body("errors.field", hasItem("evidencePrompts[0].text"));
    }
}
