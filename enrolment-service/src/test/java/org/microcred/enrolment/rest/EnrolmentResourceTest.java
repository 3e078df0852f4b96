package org.microcred.enrolment.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microcred.support.testing.Tokens;

@QuarkusTest
class EnrolmentResourceTest {

    @Test
    void enrollingTwiceAnswersTheSameEnrolment() {
        UUID achievement = CatalogueFixture.published("nb-admin", "Enrol twice");
        UUID first = CatalogueFixture.enrol("nb-earner", achievement);
        given().auth().oauth2(Tokens.user("nb-earner")).contentType(ContentType.JSON)
                .body(Map.of("achievementId", achievement))
                .post("/api/v1/enrolments")
                .then().statusCode(200).body("id", equalTo(first.toString()));
    }

    @Test
    void concurrentEnrolmentsOfOneEarnerMakeOneEnrolment() throws Exception {
        UUID achievement = CatalogueFixture.published("nb-admin", "Enrol at once");
        String token = Tokens.user("nb-earner2");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Future<io.restassured.response.Response>> replies = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                replies.add(pool.submit(() -> given().auth().oauth2(token).contentType(ContentType.JSON)
                        .body(Map.of("achievementId", achievement)).post("/api/v1/enrolments")));
            }
            java.util.Set<String> ids = new java.util.HashSet<>();
            for (var reply : replies) {
                io.restassured.response.Response response = reply.get();
                org.junit.jupiter.api.Assertions.assertTrue(response.statusCode() == 201 || response.statusCode() == 200,
                        response.asString());
                ids.add(response.path("id"));
            }
            org.junit.jupiter.api.Assertions.assertEquals(1, ids.size(), "one enrolment: " + ids);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void dashboardShowsTheNewJourneyAndTheNextAction() {
        UUID achievement = CatalogueFixture.published("nb-admin", "Dashboard shows it");
        UUID enrolment = CatalogueFixture.enrol("nb-earner", achievement);
        given().auth().oauth2(Tokens.user("nb-earner")).get("/api/v1/dashboard/" + enrolment)
                .then().statusCode(200)
                .body("stage", equalTo("ENROLLED"))
                .body("achievementName", equalTo("Dashboard shows it"))
                .body("nextAction", equalTo("Gather your evidence and submit it"))
                .body("steps[0].stage", equalTo("ENROLLED"));
    }

    @Test
    void anotherEarnersJourneyAnswers404() {
        UUID enrolment = CatalogueFixture.enrol("nb-earner", CatalogueFixture.published("nb-admin", "Private journey"));
        given().auth().oauth2(Tokens.user("nb-earner2")).get("/api/v1/dashboard/" + enrolment).then().statusCode(404);
        given().auth().oauth2(Tokens.user("sp-earner")).get("/api/v1/dashboard/" + enrolment).then().statusCode(404);
    }

    @Test
    void earnerCannotEnrolInAnotherTenantsMicroCredential() {
        UUID achievement = CatalogueFixture.published("nb-admin", "Other tenant");
        given().auth().oauth2(Tokens.user("sp-earner")).contentType(ContentType.JSON)
                .body(Map.of("achievementId", achievement))
                .post("/api/v1/enrolments")
                .then().statusCode(404);
    }

    @Test
    void onlyEarnersEnrol() {
        UUID achievement = CatalogueFixture.published("nb-admin", "Assessors do not enrol");
        given().auth().oauth2(Tokens.user("nb-assessor")).contentType(ContentType.JSON)
                .body(Map.of("achievementId", achievement))
                .post("/api/v1/enrolments")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.lms("northbridge")).get("/api/v1/dashboard").then().statusCode(403);
    }

    @Test
    void enrolmentWithoutAnAchievementIdIsA400() {
        given().auth().oauth2(Tokens.user("nb-earner")).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/enrolments")
                .then().statusCode(400).body("errors[0].field", equalTo("achievementId"));
    }
}
