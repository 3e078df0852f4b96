package org.microcred.enrolment.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.support.testing.Tokens;

/** Enrolling and reading enrolments: idempotence, concurrency, visibility, roles, limits. */
@Tag("servers")
@QuarkusTest
class EnrolmentResourceTest {

    @Test
    void enrollingTwiceAnswersTheOpenEnrolment() {
        UUID achievement = EnrolmentFixture.published("Enrol twice " + UUID.randomUUID());
        UUID first = EnrolmentFixture.enrolled("nb-earner", achievement);
        EnrolmentFixture.enrol("nb-earner", achievement)
                .then().statusCode(200).body("id", equalTo(first.toString()));
    }

    @Test
    void concurrentEnrolmentsOfOneEarnerMakeOneEnrolment() throws Exception {
        UUID achievement = EnrolmentFixture.published("Enrol at once " + UUID.randomUUID());
        String token = Tokens.user("nb-earner2");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<io.restassured.response.Response>> replies = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                replies.add(pool.submit(() -> given().auth().oauth2(token).contentType(ContentType.JSON)
                        .body(Map.of("achievementId", achievement, "acceptCommitment", true, "termsVersion", "1"))
                        .post("/api/v1/enrolments")));
            }
            Set<String> ids = new HashSet<>();
            for (var reply : replies) {
                io.restassured.response.Response response = reply.get();
                assertTrue(response.statusCode() == 201 || response.statusCode() == 200, response.asString());
                ids.add(response.path("id"));
            }
            assertEquals(1, ids.size(), "one enrolment: " + ids);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void dashboardShowsTheNewJourneyAndTheNextAction() {
        UUID achievement = EnrolmentFixture.published("Dashboard shows it " + UUID.randomUUID());
        UUID enrolment = EnrolmentFixture.enrolled("nb-earner", achievement);
        given().auth().oauth2(Tokens.user("nb-earner")).get("/api/v1/dashboard/" + enrolment)
                .then().statusCode(200)
                .body("stage", equalTo("ENROLLED"))
                .body("enrolmentStatus", equalTo("ACTIVE"))
                .body("achievementVersion", equalTo(1))
                .body("nextAction", equalTo("Gather your evidence and submit it"))
                .body("enrolledAt", notNullValue())
                .body("steps[0].stage", equalTo("ENROLLED"));
    }

    @Test
    void anotherEarnersEnrolmentAndJourneyAnswer404() {
        UUID enrolment = EnrolmentFixture.enrolled("nb-earner", EnrolmentFixture.published("Private " + UUID.randomUUID()));
        for (String other : List.of("nb-earner2", "sp-earner")) {
            given().auth().oauth2(Tokens.user(other)).get("/api/v1/dashboard/" + enrolment).then().statusCode(404);
            given().auth().oauth2(Tokens.user(other)).get("/api/v1/enrolments/" + enrolment).then().statusCode(404);
        }
        given().auth().oauth2(Tokens.user("sp-admin")).get("/api/v1/enrolments/" + enrolment).then().statusCode(404);
        given().auth().oauth2(Tokens.user("nb-admin")).get("/api/v1/enrolments/" + enrolment)
                .then().statusCode(200).body("earnerId", equalTo(Tokens.subject("nb-earner")));
    }

    @Test
    void earnerCannotEnrolInAnotherTenantsMicroCredentialOrReadItsCommitment() {
        UUID achievement = EnrolmentFixture.published("Other tenant " + UUID.randomUUID());
        given().auth().oauth2(Tokens.user("sp-earner")).contentType(ContentType.JSON)
                .body(Map.of("achievementId", achievement, "acceptCommitment", true, "termsVersion", "1"))
                .post("/api/v1/enrolments")
                .then().statusCode(404);
        given().auth().oauth2(Tokens.user("sp-earner")).get("/api/v1/achievements/" + achievement + "/commitment")
                .then().statusCode(404);
    }

    @Test
    void theCommitmentIsForTheInstitutionsPeopleAndAnEnrolmentForItsEarnerAndStaff() {
        UUID achievement = EnrolmentFixture.published("Who reads " + UUID.randomUUID());
        UUID enrolment = EnrolmentFixture.enrolled("nb-earner", achievement);
        for (String role : List.of("nb-earner", "nb-assessor", "nb-admin", "nb-release")) {
            given().auth().oauth2(Tokens.user(role)).get("/api/v1/achievements/" + achievement + "/commitment")
                    .then().statusCode(200);
        }
        given().auth().oauth2(Tokens.lms("northbridge")).get("/api/v1/achievements/" + achievement + "/commitment")
                .then().statusCode(403);
        for (String role : List.of("nb-assessor", "nb-release")) {
            given().auth().oauth2(Tokens.user(role)).get("/api/v1/enrolments/" + enrolment).then().statusCode(403);
        }
        given().get("/api/v1/enrolments/" + enrolment).then().statusCode(401);
        given().auth().oauth2(Tokens.user("nb-earner")).get("/api/v1/enrolments/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void onlyEarnersEnrolAndSeeDashboards() {
        UUID achievement = EnrolmentFixture.published("Assessors do not enrol " + UUID.randomUUID());
        for (String role : List.of("nb-assessor", "nb-admin", "nb-release")) {
            given().auth().oauth2(Tokens.user(role)).contentType(ContentType.JSON)
                    .body(Map.of("achievementId", achievement, "acceptCommitment", true, "termsVersion", "1"))
                    .post("/api/v1/enrolments")
                    .then().statusCode(403);
            given().auth().oauth2(Tokens.user(role)).get("/api/v1/dashboard").then().statusCode(403);
            given().auth().oauth2(Tokens.user(role)).get("/api/v1/enrolments").then().statusCode(403);
        }
        given().auth().oauth2(Tokens.lms("northbridge")).get("/api/v1/dashboard").then().statusCode(403);
        given().get("/api/v1/enrolments").then().statusCode(401);
        given().contentType(ContentType.JSON)
                .body(Map.of("achievementId", achievement, "acceptCommitment", true, "termsVersion", "1"))
                .post("/api/v1/enrolments").then().statusCode(401);
        given().get("/api/v1/dashboard").then().statusCode(401);
        given().get("/api/v1/achievements/" + achievement + "/commitment").then().statusCode(401);
    }

    @Test
    void badRequestsAreA400NamingTheField() {
        given().auth().oauth2(Tokens.user("nb-earner")).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/enrolments")
                .then().statusCode(400).body("errors[0].field", equalTo("achievementId"));
        given().auth().oauth2(Tokens.user("nb-earner")).contentType(ContentType.JSON)
                .body(Map.of("achievementId", UUID.randomUUID(), "acceptCommitment", true, "termsVersion", "x".repeat(51)))
                .post("/api/v1/enrolments")
                .then().statusCode(400).body("errors[0].field", equalTo("termsVersion"));
        given().auth().oauth2(Tokens.user("nb-earner")).get("/api/v1/enrolments?limit=101")
                .then().statusCode(400).body("errors[0].field", equalTo("limit"));
        given().auth().oauth2(Tokens.user("nb-earner")).get("/api/v1/enrolments?status=NOPE")
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
    }

    @Test
    void theEarnerListsTheirOwnEnrolmentsAsAPage() {
        UUID achievement = EnrolmentFixture.published("Listed " + UUID.randomUUID());
        UUID enrolment = EnrolmentFixture.enrolled("nb-earner2", achievement);
        given().auth().oauth2(Tokens.user("nb-earner2")).get("/api/v1/enrolments?limit=100&status=ACTIVE")
                .then().statusCode(200)
                .body("items.id", hasItem(enrolment.toString()))
                .body("limit", equalTo(100)).body("offset", equalTo(0)).body("total", notNullValue());
        given().auth().oauth2(Tokens.user("nb-earner")).get("/api/v1/enrolments?limit=100")
                .then().statusCode(200).body("items.id", not(hasItem(enrolment.toString())));
    }
}
