package org.microcred.enrolment.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.microcred.support.testing.Tokens;

/**
 * Every search filter and the paging. Each run tags its micro-credentials with a tag of its own,
 * so earlier runs' data in the test database never matches.
 */
@Tag("servers")
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogueSearchTest {

    private final String run = "run-" + UUID.randomUUID().toString().substring(0, 8);
    private UUID pedagogy;
    private UUID spreadsheets;
    private UUID dataViz;
    private UUID draft;
    private UUID retired;

    private boolean made;

    /** Once per class, but after Quarkus started (REST Assured knows the port only then). */
    @BeforeEach
    void catalogue() {
        if (made) {
            return;
        }
        made = true;
        pedagogy = CatalogueFixture.published("nb-admin", body("Formative Feedback", "Gives feedback on learning",
                List.of(run, "pedagogy"), "EQF 5", 10, "online",
                alignment("Provide feedback", "ESCO", "S1.2.3")));
        spreadsheets = CatalogueFixture.published("nb-admin", body("Spreadsheet Modelling", "Builds models in Excel",
                List.of(run, "data"), "EQF 4", 30, "in-person",
                alignment("Use spreadsheets software", "O*NET", "15-2051.00")));
        dataViz = CatalogueFixture.published("nb-admin", body("Data Visualisation", "Charts that tell 100% of it",
                List.of(run, "data"), "EQF 5", 60, "hybrid",
                alignment("Present data visually", "CASE", "DV.1")));
        draft = CatalogueFixture.draft("nb-admin", body("Data Draft", "Not yet", List.of(run, "data"), "EQF 5", 10,
                "online", alignment("Draft skill", "ESCO", "D.1")));
        retired = CatalogueFixture.published("nb-admin", body("Data Retired", "Gone", List.of(run, "data"), "EQF 5", 10,
                "online", alignment("Old skill", "ESCO", "R.1")));
        given().auth().oauth2(Approvals.releaseManager(Tokens.user("nb-admin"))).post("/api/v1/achievements/" + retired + "/retire")
                .then().statusCode(200);
        // Another tenant's micro-credential with the same tag never shows.
        CatalogueFixture.published("sp-admin", body("Data Southport", "Elsewhere", List.of(run, "data"), "EQF 5", 10,
                "online", alignment("Provide feedback", "ESCO", "S1.2.3")));
    }

    @Test
    void earnersSeeOnlyTheirTenantsPublishedOnes() {
        earner().queryParam("tag", run).get("/api/v1/achievements").then().statusCode(200)
                .body("total", equalTo(3)).body("limit", equalTo(20)).body("offset", equalTo(0))
                .body("items.id", anyOrder(pedagogy, spreadsheets, dataViz));
    }

    @Test
    void textSearchCoversNameDescriptionCompetencyAndTagsCaseInsensitively() {
        earner().queryParam("tag", run).queryParam("q", "EXCEL").get("/api/v1/achievements").then()
                .body("items.id", equalTo(ids(spreadsheets)));
        earner().queryParam("tag", run).queryParam("q", "visualis").get("/api/v1/achievements").then()
                .body("items.id", equalTo(ids(dataViz)));
        earner().queryParam("tag", run).queryParam("q", "pedagogy").get("/api/v1/achievements").then()
                .body("items.id", equalTo(ids(pedagogy)));
        // LIKE wildcards are literal: "100%" matches the text "100%", "%" alone matches only that.
        earner().queryParam("tag", run).queryParam("q", "100%").get("/api/v1/achievements").then()
                .body("items.id", equalTo(ids(dataViz)));
        earner().queryParam("tag", run).queryParam("q", "_").get("/api/v1/achievements").then()
                .body("total", equalTo(0));
    }

    @Test
    void tagMatchesAWholeTagIgnoringCase() {
        earner().queryParam("q", run).queryParam("tag", "DATA").get("/api/v1/achievements").then()
                .body("items.id", anyOrder(spreadsheets, dataViz));
        earner().queryParam("q", run).queryParam("tag", "dat").get("/api/v1/achievements").then()
                .body("total", equalTo(0));
    }

    @Test
    void alignmentMatchesCodeFrameworkOrName() {
        earner().queryParam("tag", run).queryParam("alignment", "15-2051.00").get("/api/v1/achievements").then()
                .body("items.id", equalTo(ids(spreadsheets)));
        earner().queryParam("tag", run).queryParam("alignment", "case").get("/api/v1/achievements").then()
                .body("items.id", equalTo(ids(dataViz)));
        earner().queryParam("tag", run).queryParam("alignment", "feedback").get("/api/v1/achievements").then()
                .body("items.id", equalTo(ids(pedagogy)));
    }

    @Test
    void levelHoursAndDeliveryModeFilter() {
        earner().queryParam("tag", run).queryParam("level", "eqf 5").get("/api/v1/achievements").then()
                .body("items.id", anyOrder(pedagogy, dataViz));
        earner().queryParam("tag", run).queryParam("minHours", 20).queryParam("maxHours", 60)
                .get("/api/v1/achievements").then()
                .body("items.id", anyOrder(spreadsheets, dataViz));
        earner().queryParam("tag", run).queryParam("maxHours", 10).get("/api/v1/achievements").then()
                .body("items.id", equalTo(ids(pedagogy)));
        earner().queryParam("tag", run).queryParam("deliveryMode", "hybrid").get("/api/v1/achievements").then()
                .body("items.id", equalTo(ids(dataViz)));
    }

    @Test
    void pagesAreStableAndCountTheWhole() {
        List<String> first = earner().queryParam("tag", run).queryParam("limit", 2).get("/api/v1/achievements")
                .then().statusCode(200).body("total", equalTo(3)).body("items", hasSize(2)).body("limit", equalTo(2))
                .extract().path("items.id");
        List<String> second = earner().queryParam("tag", run).queryParam("limit", 2).queryParam("offset", 2)
                .get("/api/v1/achievements")
                .then().statusCode(200).body("total", equalTo(3)).body("items", hasSize(1)).body("offset", equalTo(2))
                .extract().path("items.id");
        List<String> all = new java.util.ArrayList<>(first);
        all.addAll(second);
        org.hamcrest.MatcherAssert.assertThat(all, anyOrder(pedagogy, spreadsheets, dataViz));
    }

    @Test
    void adminsFilterByStatusEarnersMayNot() {
        RequestSpecification admin = given().auth().oauth2(Tokens.user("nb-admin"));
        admin.queryParam("tag", run).queryParam("status", "DRAFT").get("/api/v1/achievements").then()
                .statusCode(200).body("items.id", equalTo(ids(draft)));
        given().auth().oauth2(Tokens.user("nb-admin")).queryParam("tag", run).queryParam("status", "RETIRED")
                .get("/api/v1/achievements").then().body("items.id", equalTo(ids(retired)));
        // Without status an admin sees the newest version of each, whatever its status.
        given().auth().oauth2(Tokens.user("nb-admin")).queryParam("tag", run).get("/api/v1/achievements").then()
                .body("total", equalTo(5));
        earner().queryParam("status", "DRAFT").get("/api/v1/achievements").then().statusCode(403);
    }

    @Test
    void aNewDraftVersionDoesNotHideThePublishedOne() {
        UUID id = CatalogueFixture.published("nb-admin", body("Versioned Search", "v1", List.of(run + "-v"),
                "EQF 5", 10, "online", alignment("X", "ESCO", "X.1")));
        given().auth().oauth2(Tokens.user("nb-admin")).post("/api/v1/achievements/" + id + "/versions")
                .then().statusCode(201);
        earner().queryParam("tag", run + "-v").get("/api/v1/achievements").then()
                .body("items.id", equalTo(ids(id))).body("items[0].version", equalTo(1));
        given().auth().oauth2(Tokens.user("nb-admin")).queryParam("tag", run + "-v").get("/api/v1/achievements")
                .then().body("items[0].version", equalTo(2)).body("items[0].status", equalTo("DRAFT"));
    }

    @Test
    void badParametersAreA400NamingThem() {
        earner().queryParam("limit", 101).get("/api/v1/achievements").then().statusCode(400)
                .body("errors.field", hasItem("limit"));
        earner().queryParam("offset", 10_001).get("/api/v1/achievements").then().statusCode(400)
                .body("errors.field", hasItem("offset"));
        earner().queryParam("minHours", 50).queryParam("maxHours", 10).get("/api/v1/achievements").then()
                .statusCode(400).body("errors.field", hasItem("minHours"));
        earner().queryParam("deliveryMode", "carrier-pigeon").get("/api/v1/achievements").then().statusCode(400)
                .body("errors.field", hasItem("deliveryMode"));
        earner().queryParam("pathwayId", "not-a-uuid").get("/api/v1/achievements").then().statusCode(400)
                .body("errors.field", hasItem("pathwayId"));
        earner().queryParam("q", "x".repeat(201)).get("/api/v1/achievements").then().statusCode(400)
                .body("errors.field", hasItem("q"));
        earner().queryParam("tag", run).get("/api/v1/achievements").then()
                .body("items.id", not(hasItem(draft.toString())));
    }

    private static RequestSpecification earner() {
        return given().auth().oauth2(Tokens.user("nb-earner")).contentType(ContentType.JSON);
    }

    private static org.hamcrest.Matcher<Iterable<? extends String>> anyOrder(UUID... ids) {
        return containsInAnyOrder(java.util.Arrays.stream(ids).map(UUID::toString).toArray(String[]::new));
    }

    private static List<String> ids(UUID... ids) {
        return java.util.Arrays.stream(ids).map(UUID::toString).toList();
    }

    private static Map<String, Object> alignment(String name, String framework, String code) {
        return Map.of("targetName", name, "targetUrl", "https://frameworks.example.org/" + code.replace("*", ""),
                "targetFramework", framework, "targetCode", code);
    }

    private static Map<String, Object> body(String name, String description, List<String> tags, String level,
            int hours, String deliveryMode, Map<String, Object> alignment) {
        Map<String, Object> body = new HashMap<>(CatalogueFixture.definition(name));
        body.put("description", description);
        body.put("tags", tags);
        body.put("level", level);
        body.put("sizeHours", hours);
        body.put("deliveryMode", deliveryMode);
        body.put("alignments", List.of(alignment));
        return body;
    }
}
