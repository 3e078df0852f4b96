package org.microcred.enrolment.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.microcred.support.testing.OversizedBodies;
import org.microcred.support.testing.Tokens;

/** Each broken rule of a definition is a 4xx naming the field, and nothing is stored. */
@Tag("servers")
@QuarkusTest
class CatalogueBadInputTest {

    private static Map<String, Object> level(String id, Integer points) {
        Map<String, Object> level = new HashMap<>(Map.of("id", id, "name", id));
        if (points != null) {
            level.put("points", points);
        }
        return level;
    }

    private static Map<String, Object> criterion(String id, String required, List<Map<String, Object>> levels) {
        return Map.of("id", id, "name", id, "requiredLevelId", required, "levels", levels);
    }

    static List<Arguments> broken() {
        Map<String, Object> full = CatalogueFixture.full("x");
        List<Map<String, Object>> levels = List.of(level("low", null), level("high", null));
        return List.of(
                Arguments.of("too many criteria", "rubric", Map.of("criteria",
                        IntStream.range(0, 21).mapToObj(i -> criterion("c" + i, "high", levels)).toList()),
                        "rubric.criteria"),
                Arguments.of("unknown required level", "rubric", Map.of("criteria",
                        List.of(criterion("c1", "expert", levels))), "rubric.criteria[0].requiredLevelId"),
                Arguments.of("points not rising", "rubric", Map.of("criteria", List.of(criterion("c1", "high",
                        List.of(level("low", 3), level("high", 3))))), "rubric.criteria[0].levels[1].points"),
                Arguments.of("points out of range", "rubric", Map.of("criteria", List.of(criterion("c1", "high",
                        List.of(level("low", 1), level("high", 1001))))), "rubric.criteria[0].levels[1].points"),
                Arguments.of("weight out of range", "rubric", Map.of("criteria", List.of(Map.of("id", "c1",
                        "name", "C", "requiredLevelId", "high", "levels", levels, "weight", 0.01))),
                        "rubric.criteria[0].weight"),
                Arguments.of("progress without rule", "benchmarkKind", "progress", "progressRule"),
                Arguments.of("unknown benchmark", "benchmarkKind", "vibes", "benchmarkKind"),
                Arguments.of("performance without rubric", "rubric", null, "rubric"),
                Arguments.of("disallowed media type", "evidencePrompts", List.of(Map.of("id", "p", "text", "t",
                        "kind", "files", "allowedMediaTypes", List.of("application/x-msdownload"))),
                        "evidencePrompts[0].allowedMediaTypes[0]"),
                Arguments.of("min above max", "evidencePrompts", List.of(Map.of("id", "p", "text", "t",
                        "kind", "links", "minItems", 4, "maxItems", 2)), "evidencePrompts[0].minItems"),
                Arguments.of("too many files", "evidencePrompts", List.of(Map.of("id", "p", "text", "t",
                        "kind", "files", "maxItems", 11)), "evidencePrompts[0].maxItems"),
                Arguments.of("unknown prompt kind", "evidencePrompts", List.of(Map.of("id", "p", "text", "t",
                        "kind", "telepathy")), "evidencePrompts[0].kind"),
                Arguments.of("window end before start", "enrolmentClosesAt", "2024-01-01T00:00:00Z",
                        "enrolmentClosesAt"),
                Arguments.of("activity end before start", "activityEndsAt", "2025-01-15T00:00:00Z", "activityEndsAt"),
                Arguments.of("not an instant", "activityEndsAt", "next tuesday", "activityEndsAt"),
                Arguments.of("cost without currency", "currency", null, "currency"),
                Arguments.of("not a currency", "currency", "XYZ", "currency"),
                Arguments.of("cost too high", "cost", 100000.01, "cost"),
                Arguments.of("sample without percent", "secondMarking", Map.of("mode", "sample"),
                        "secondMarking.samplePercent"),
                Arguments.of("feedback target too long", "feedbackTargetDays", 91, "feedbackTargetDays"),
                Arguments.of("too many attempts", "maxAttempts", 11, "maxAttempts"),
                Arguments.of("capacity zero", "capacity", 0, "capacity"),
                Arguments.of("too many resources", "learningResources",
                        Collections.nCopies(21, Map.of("title", "t", "url", "https://x.org")), "learningResources"),
                Arguments.of("resource not a URL", "learningResources", List.of(Map.of("title", "t",
                        "url", "javascript:alert(1)")), "learningResources[0].url"),
                Arguments.of("unknown delivery mode", "deliveryMode", "telegraph", "deliveryMode"),
                Arguments.of("huge name", "name", "x".repeat(10_000), "name"),
                Arguments.of("huge obligations", "obligations", "x".repeat(4001), "obligations"),
                Arguments.of("size over 100 hours", "sizeHours", 101, "sizeHours"),
                Arguments.of("terms version with spaces", "termsVersion", "v 1", "termsVersion"),
                Arguments.of("confirmation mode", "confirmationMode", "maybe", "confirmationMode"))
                .stream().map(a -> Arguments.of(a.get()[0], with(full, (String) a.get()[1], a.get()[2]), a.get()[3]))
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("broken")
    void brokenRuleIsA400NamingTheFieldAndNothingIsStored(String why, Map<String, Object> body, String field) {
        String name = "Bad " + UUID.randomUUID();
        Map<String, Object> named = body.get("name").equals("x") ? with(body, "name", name) : body;
        given().auth().oauth2(Tokens.user("nb-admin")).contentType(ContentType.JSON).body(named)
                .post("/api/v1/achievements")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(startsWith(field)));
        given().auth().oauth2(Tokens.user("nb-admin")).queryParam("q", name).get("/api/v1/achievements")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aBrokenEditLeavesTheDraftAsItWas() {
        String name = "Draft kept " + UUID.randomUUID();
        UUID id = CatalogueFixture.draft("nb-admin", CatalogueFixture.full(name));
        Map<String, Object> broken = with(CatalogueFixture.full(name + " edited"), "activityEndsAt",
                "2020-01-01T00:00:00Z");
        given().auth().oauth2(Tokens.user("nb-admin")).contentType(ContentType.JSON).body(broken)
                .put("/api/v1/achievements/" + id)
                .then().statusCode(400).body("errors.field", hasItem("activityEndsAt"));
        given().auth().oauth2(Tokens.user("nb-admin")).get("/api/v1/achievements/" + id)
                .then().statusCode(200).body("name", equalTo(name));
    }

    @Test
    void aBodyOverTheLimitIsA413() {
        String name = "Huge " + UUID.randomUUID();
        Map<String, Object> body = with(CatalogueFixture.definition(name), "description", "x".repeat(1_100_000));
        given().config(OversizedBodies.expectContinue())
                .auth().oauth2(Tokens.user("nb-admin")).contentType(ContentType.JSON).body(body)
                .post("/api/v1/achievements")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("https://microcred.org/problems/body-too-large"))
                .body("detail", equalTo("A request body may have at most 1048576 bytes"));
        given().auth().oauth2(Tokens.user("nb-admin")).queryParam("q", name).get("/api/v1/achievements")
                .then().statusCode(200).body("total", equalTo(0));
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        if (value == null) {
            copy.remove(key);
        } else {
            copy.put(key, value);
        }
        return copy;
    }
}
