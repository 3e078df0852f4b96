package org.microcred.enrolment.pathway.rest;

import org.microcred.enrolment.rest.Approvals;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.microcred.enrolment.pathway.rest.PathwayFixture.achievement;
import static org.microcred.enrolment.pathway.rest.PathwayFixture.allOf;
import static org.microcred.enrolment.pathway.rest.PathwayFixture.atLeast;
import static org.microcred.enrolment.pathway.rest.PathwayFixture.body;
import static org.microcred.enrolment.pathway.rest.PathwayFixture.pathway;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.enrolment.pathway.Pathway;
import org.microcred.enrolment.rest.CatalogueFixture;
import org.microcred.support.testing.Tokens;

/** Pathway CRUD, publishing, references, cycles, limits and visibility. */
@Tag("servers")
@QuarkusTest
class PathwayResourceTest {

    private static final String ADMIN = "nb-admin";

    @Test
    void aDraftIsEditedThenPublishedThenImmutable() {
        UUID a = CatalogueFixture.published(ADMIN, "Pathway part A " + UUID.randomUUID());
        UUID b = CatalogueFixture.published(ADMIN, "Pathway part B " + UUID.randomUUID());
        UUID id = PathwayFixture.draft(ADMIN, "Data Analyst " + UUID.randomUUID(), allOf(achievement(a)));
        String admin = Tokens.user(ADMIN);

        given().auth().oauth2(admin).get("/api/v1/pathways/" + id).then().statusCode(200)
                .body("status", equalTo("DRAFT")).body("achievementType", equalTo("Certificate"));
        given().auth().oauth2(Tokens.user("nb-earner")).get("/api/v1/pathways/" + id).then().statusCode(404);

        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(body("Data Analyst Certificate", atLeast(1, achievement(a), achievement(b))))
                .put("/api/v1/pathways/" + id)
                .then().statusCode(200).body("rule.kind", equalTo("atLeast")).body("rule.min", equalTo(1));

        Approvals.publish(admin, "/api/v1/pathways/" + id).then().statusCode(200)
                .body("status", equalTo("PUBLISHED"));
        given().auth().oauth2(Tokens.user("nb-earner")).get("/api/v1/pathways/" + id).then().statusCode(200)
                .body("name", equalTo("Data Analyst Certificate"))
                .body("rule.items.achievementId", containsInAnyOrder(a.toString(), b.toString()));

        given().auth().oauth2(admin).contentType(ContentType.JSON).body(body("Changed", allOf(achievement(a))))
                .put("/api/v1/pathways/" + id).then().statusCode(409);
        given().auth().oauth2(admin).post("/api/v1/pathways/" + id + "/versions").then().statusCode(201)
                .body("version", equalTo(2));
        given().auth().oauth2(admin).post("/api/v1/pathways/" + id + "/versions").then().statusCode(409);
        given().auth().oauth2(Tokens.user("nb-earner")).get("/api/v1/pathways/" + id + "/versions/1").then()
                .statusCode(200);
        given().auth().oauth2(Tokens.user("nb-earner")).get("/api/v1/pathways/" + id + "/versions/2").then()
                .statusCode(404);
    }

    @Test
    void publishingNeedsPublishedReferencesOfTheSameTenant() {
        UUID draftAchievement = CatalogueFixture.draft(ADMIN, "Unpublished part " + UUID.randomUUID());
        UUID southport = CatalogueFixture.published("sp-admin", "Southport part " + UUID.randomUUID());
        UUID id = PathwayFixture.draft(ADMIN, "Needs published " + UUID.randomUUID(),
                allOf(achievement(draftAchievement)));
        Approvals.publish(Tokens.user(ADMIN), "/api/v1/pathways/" + id).then()
                .statusCode(422).body("type", equalTo("https://microcred.org/problems/unknown-reference"))
                .body("errors.field", hasItem("rule.items[0].achievementId"));

        // Another tenant's micro-credential is unknown here, already at draft time.
        given().auth().oauth2(Tokens.user(ADMIN)).contentType(ContentType.JSON)
                .body(body("Cross tenant", allOf(achievement(southport)))).post("/api/v1/pathways")
                .then().statusCode(422).body("errors.field", hasItem("rule.items[0].achievementId"));
        given().auth().oauth2(Tokens.user(ADMIN)).contentType(ContentType.JSON)
                .body(body("Unknown pathway", allOf(pathway(UUID.randomUUID())))).post("/api/v1/pathways")
                .then().statusCode(422).body("errors.field", hasItem("rule.items[0].pathwayId"));
    }

    @Test
    void cyclesAreRejectedNamingTheCycle() {
        UUID a = CatalogueFixture.published(ADMIN, "Cycle part " + UUID.randomUUID());
        UUID inner = PathwayFixture.published(ADMIN, "Inner " + UUID.randomUUID(), allOf(achievement(a)));
        UUID outer = PathwayFixture.published(ADMIN, "Outer " + UUID.randomUUID(), allOf(pathway(inner)));
        String admin = Tokens.user(ADMIN);
        given().auth().oauth2(admin).post("/api/v1/pathways/" + inner + "/versions").then().statusCode(201);

        // inner v2 -> outer -> inner: refused at PUT already.
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(body("Inner again", allOf(achievement(a), pathway(outer)))).put("/api/v1/pathways/" + inner)
                .then().statusCode(422).body("type", equalTo("https://microcred.org/problems/pathway-cycle"))
                .body("detail", containsString(inner + ") -> "))
                .body("detail", containsString(outer.toString()));
        // A pathway naming itself is the shortest cycle.
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(body("Itself", allOf(pathway(inner)))).put("/api/v1/pathways/" + inner)
                .then().statusCode(422).body("errors[0].field", equalTo("rule"));
    }

    @Test
    void cyclesAreCheckedAgainAtPublishAgainstPublishedVersions() {
        UUID a = CatalogueFixture.published(ADMIN, "Cycle publish part " + UUID.randomUUID());
        UUID x = PathwayFixture.published(ADMIN, "X " + UUID.randomUUID(), allOf(achievement(a)));
        UUID y = PathwayFixture.published(ADMIN, "Y " + UUID.randomUUID(), allOf(pathway(x)));
        String admin = Tokens.user(ADMIN);
        // Y's draft v2 no longer names X, but its published v1 still does.
        given().auth().oauth2(admin).post("/api/v1/pathways/" + y + "/versions").then().statusCode(201);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(body("Y v2", allOf(achievement(a))))
                .put("/api/v1/pathways/" + y).then().statusCode(200);
        given().auth().oauth2(admin).post("/api/v1/pathways/" + x + "/versions").then().statusCode(201);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(body("X v2", allOf(pathway(y))))
                .put("/api/v1/pathways/" + x).then().statusCode(200);

        Approvals.publish(admin, "/api/v1/pathways/" + x).then().statusCode(422)
                .body("type", equalTo("https://microcred.org/problems/pathway-cycle"))
                .body("detail", containsString(x + ") -> "));
        given().auth().oauth2(admin).get("/api/v1/pathways/" + x).then().body("status", equalTo("DRAFT"));

        Approvals.publish(admin, "/api/v1/pathways/" + y).then().statusCode(200);
        Approvals.publish(admin, "/api/v1/pathways/" + x).then().statusCode(200)
                .body("version", equalTo(2));
    }

    @Test
    void malformedRulesAreA400NamingTheField() {
        UUID a = CatalogueFixture.published(ADMIN, "Malformed part " + UUID.randomUUID());
        Map<String, Object> tooDeep = allOf(allOf(allOf(allOf(allOf(allOf(achievement(a)))))));
        given().auth().oauth2(Tokens.user(ADMIN)).contentType(ContentType.JSON).body(body("Deep", tooDeep))
                .post("/api/v1/pathways").then().statusCode(400)
                .body("errors.field", hasItem("rule.items[0].items[0].items[0].items[0].items[0]"));
        given().auth().oauth2(Tokens.user(ADMIN)).contentType(ContentType.JSON)
                .body(body("Min", atLeast(3, achievement(a)))).post("/api/v1/pathways").then().statusCode(400)
                .body("errors.field", hasItem("rule.min"));
        given().auth().oauth2(Tokens.user(ADMIN)).contentType(ContentType.JSON)
                .body(body("x".repeat(201), allOf(achievement(a)))).post("/api/v1/pathways").then().statusCode(400)
                .body("errors.field", hasItem("name"));
        given().auth().oauth2(Tokens.user(ADMIN)).contentType(ContentType.JSON)
                .body(body("Bad id", allOf(Map.of("achievementId", "nope")))).post("/api/v1/pathways")
                .then().statusCode(400);
    }

    @Test
    void listsArePagedAndEarnersSeePublishedOnly() {
        UUID a = CatalogueFixture.published(ADMIN, "List part " + UUID.randomUUID());
        UUID published = PathwayFixture.published(ADMIN, "Listed " + UUID.randomUUID(), allOf(achievement(a)));
        UUID draft = PathwayFixture.draft(ADMIN, "Unlisted " + UUID.randomUUID(), allOf(achievement(a)));
        given().auth().oauth2(Tokens.user("nb-earner")).queryParam("limit", 100).get("/api/v1/pathways").then()
                .statusCode(200).body("limit", equalTo(100)).body("offset", equalTo(0));
        // All pages: the test database keeps earlier runs' pathways, more than a page of them.
        List<String> earnerSees = PathwayFixture.listed("nb-earner", null);
        assertTrue(earnerSees.contains(published.toString()), "the published pathway is listed");
        assertFalse(earnerSees.contains(draft.toString()), "the draft is not");
        assertTrue(PathwayFixture.listed("nb-admin", "DRAFT").contains(draft.toString()));
        given().auth().oauth2(Tokens.user("nb-earner")).queryParam("status", "DRAFT").get("/api/v1/pathways")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.user("nb-earner")).queryParam("limit", 1).get("/api/v1/pathways").then()
                .statusCode(200).body("items.size()", equalTo(1));
        given().auth().oauth2(Tokens.user("nb-earner")).queryParam("limit", 0).get("/api/v1/pathways").then()
                .statusCode(400);
    }

    @Test
    void catalogueSearchFiltersByPathwayIncludingNestedOnes() {
        UUID a = CatalogueFixture.published(ADMIN, "Filter part A " + UUID.randomUUID());
        UUID b = CatalogueFixture.published(ADMIN, "Filter part B " + UUID.randomUUID());
        CatalogueFixture.published(ADMIN, "Filter outsider " + UUID.randomUUID());
        UUID inner = PathwayFixture.published(ADMIN, "Filter inner " + UUID.randomUUID(), allOf(achievement(b)));
        UUID outer = PathwayFixture.published(ADMIN, "Filter outer " + UUID.randomUUID(),
                allOf(achievement(a), pathway(inner)));
        given().auth().oauth2(Tokens.user("nb-earner")).queryParam("pathwayId", outer).get("/api/v1/achievements")
                .then().statusCode(200).body("total", equalTo(2))
                .body("items.id", containsInAnyOrder(a.toString(), b.toString()));
        given().auth().oauth2(Tokens.user("sp-earner")).queryParam("pathwayId", outer).get("/api/v1/achievements")
                .then().statusCode(404);
    }

    @Test
    void anotherTenantsPathwayAnswers404() {
        UUID a = CatalogueFixture.published(ADMIN, "Tenant part " + UUID.randomUUID());
        UUID id = PathwayFixture.published(ADMIN, "Northbridge pathway " + UUID.randomUUID(), allOf(achievement(a)));
        given().auth().oauth2(Tokens.user("sp-earner")).get("/api/v1/pathways/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.user("sp-admin")).get("/api/v1/pathways/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.user("sp-admin")).post("/api/v1/pathways/" + id + "/publish").then().statusCode(404);
        given().auth().oauth2(Tokens.user("sp-admin")).post("/api/v1/pathways/" + id + "/versions").then().statusCode(404);
        given().auth().oauth2(Tokens.user("sp-admin")).contentType(ContentType.JSON)
                .body(body("Take over", allOf(achievement(a)))).put("/api/v1/pathways/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.user("sp-earner")).queryParam("limit", 100).get("/api/v1/pathways").then()
                .body("items.id", not(hasItem(id.toString())));
    }
}
