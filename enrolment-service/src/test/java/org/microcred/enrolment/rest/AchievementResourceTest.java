package org.microcred.enrolment.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.support.testing.Tokens;

@Tag("servers")
@QuarkusTest
class AchievementResourceTest {

    @Test
    void anonymousCallerGetsProblemDetails401() {
        given().get("/api/v1/achievements")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("https://microcred.org/problems/unauthenticated"));
    }

    @Test
    void earnerCannotDefineMicroCredentials() {
        given().auth().oauth2(Tokens.user("nb-earner")).contentType(ContentType.JSON)
                .body(CatalogueFixture.definition("Not allowed"))
                .post("/api/v1/achievements")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void publishedMicroCredentialIsVisibleToEarnersOfItsTenant() {
        UUID id = CatalogueFixture.published("nb-admin", "Data Literacy — Zoë 日本語 SAFe®");
        given().auth().oauth2(Tokens.user("nb-earner")).get("/api/v1/achievements/" + id)
                .then().statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("name", equalTo("Data Literacy — Zoë 日本語 SAFe®"))
                .body("rubric.criteria[0].requiredLevelId", equalTo("proficient"));
        given().auth().oauth2(Tokens.user("nb-earner")).queryParam("q", "Zoë 日本語").get("/api/v1/achievements")
                .then().statusCode(200).body("items.id", hasItem(id.toString()));
    }

    @Test
    void draftIsHiddenFromEarners() {
        UUID id = CatalogueFixture.draft("nb-admin", "Draft only");
        given().auth().oauth2(Tokens.user("nb-earner")).get("/api/v1/achievements/" + id)
                .then().statusCode(404);
        given().auth().oauth2(Tokens.user("nb-earner")).queryParam("q", "Draft only").get("/api/v1/achievements")
                .then().statusCode(200).body("items.id", not(hasItem(id.toString())));
    }

    @Test
    void anotherTenantsMicroCredentialAnswers404() {
        UUID id = CatalogueFixture.published("nb-admin", "Northbridge only");
        given().auth().oauth2(Tokens.user("sp-earner")).get("/api/v1/achievements/" + id)
                .then().statusCode(404).body("type", equalTo("https://microcred.org/problems/not-found"));
        given().auth().oauth2(Tokens.user("sp-admin")).post("/api/v1/achievements/" + id + "/publish")
                .then().statusCode(404);
        given().auth().oauth2(Tokens.user("sp-earner")).queryParam("q", "Northbridge only").get("/api/v1/achievements")
                .then().statusCode(200).body("items.id", not(hasItem(id.toString())));
    }

    @Test
    void missingFieldsAreListedByName() {
        given().auth().oauth2(Tokens.user("nb-admin")).contentType(ContentType.JSON)
                .body(Map.of("name", "x".repeat(201)))
                .post("/api/v1/achievements")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://microcred.org/problems/validation"))
                .body("errors.field", hasItems("name", "description", "rubric", "evidencePrompts"));
    }

    @Test
    void requiredLevelOutsideTheCriterionIsRejectedAndNothingIsStored() {
        Map<String, Object> body = new HashMap<>(CatalogueFixture.definition("Inconsistent rubric " + UUID.randomUUID()));
        body.put("rubric", Map.of("criteria", List.of(Map.of("id", "c1", "name", "C",
                "levels", List.of(Map.of("id", "a", "name", "A"), Map.of("id", "b", "name", "B")),
                "requiredLevelId", "z"))));
        given().auth().oauth2(Tokens.user("nb-admin")).contentType(ContentType.JSON).body(body)
                .post("/api/v1/achievements")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("rubric.criteria[0].requiredLevelId"));
        given().auth().oauth2(Tokens.user("nb-admin")).queryParam("q", body.get("name")).get("/api/v1/achievements")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void malformedJsonIsA400NamingTheProblem() {
        given().auth().oauth2(Tokens.user("nb-admin")).contentType(ContentType.JSON).body("{\"name\":")
                .post("/api/v1/achievements")
                .then().statusCode(400)
                .body("type", equalTo("https://microcred.org/problems/malformed-body"))
                .body("detail", containsString("not valid JSON"));
    }
}
