package org.microcred.enrolment.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.support.testing.Tokens;

/**
 * A control character in any text a client sends is a 400 naming where it was, never a 500 from the database
 * (PostgreSQL cannot store a NUL), and nothing is written.
 */
@Tag("servers")
@QuarkusTest
class ControlCharacterTest {

    @Test
    void aNulInASearchQueryIsA400NamingTheParameter() {
        given().auth().oauth2(Tokens.user("nb-earner")).queryParam("q", "a\u0000b").get("/api/v1/achievements")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://microcred.org/problems/validation"))
                .body("errors.field", hasItem("q"));
    }

    @Test
    void aNulInAPathSegmentIsA400AndAnEscapedPercentIsJustText() {
        given().auth().oauth2(Tokens.user("nb-earner")).urlEncodingEnabled(false)
                .get("/api/v1/achievements/a%00b")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("path"));
        // %25 is a '%' sign: decoded once it is an unknown id, not a broken escape (it was a 500).
        given().auth().oauth2(Tokens.user("nb-earner")).urlEncodingEnabled(false)
                .get("/api/v1/achievements/%25")
                .then().statusCode(allOf(
                        greaterThanOrEqualTo(400), lessThan(500)))
                .contentType("application/problem+json");
    }

    @Test
    void aControlCharacterInABodyFieldIsA400NamingTheFieldAndNothingIsStored() {
        String marker = "Control " + UUID.randomUUID();
        given().auth().oauth2(Tokens.user("nb-admin")).contentType(ContentType.JSON)
                .body(CatalogueFixture.with(CatalogueFixture.definition(marker + "\u0000 hidden"), "description",
                        "A description"))
                .post("/api/v1/achievements")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://microcred.org/problems/malformed-body"))
                .body("errors.field", hasItem("name"));
        given().auth().oauth2(Tokens.user("nb-admin")).queryParam("q", marker).get("/api/v1/achievements")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void lineBreaksAndTabsStayWelcome() {
        String marker = "Lines " + UUID.randomUUID();
        given().auth().oauth2(Tokens.user("nb-admin")).contentType(ContentType.JSON)
                .body(CatalogueFixture.with(CatalogueFixture.definition(marker), "description", "First line\n\tSecond"))
                .post("/api/v1/achievements")
                .then().statusCode(201).body("description", equalTo("First line\n\tSecond"));
    }
}
