package org.microcred.enrolment.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.support.testing.Tokens;

/** Withdrawal ends an enrolment; enrolling again afterwards starts a new one. */
@Tag("servers")
@QuarkusTest
class WithdrawalTest {

    @Test
    void afterWithdrawingTheEarnerEnrolsAgainAsANewEnrolment() {
        UUID achievement = EnrolmentFixture.published("Withdraw and return " + UUID.randomUUID());
        UUID first = EnrolmentFixture.enrolled("nb-earner", achievement);
        given().auth().oauth2(Tokens.user("nb-earner")).contentType(ContentType.JSON)
                .body(Map.of("reason", "Moving abroad"))
                .post("/api/v1/enrolments/" + first + "/withdraw")
                .then().statusCode(200).body("status", equalTo("WITHDRAWN")).body("statusReason", equalTo("Moving abroad"));
        given().auth().oauth2(Tokens.user("nb-earner")).get("/api/v1/dashboard/" + first)
                .then().statusCode(200).body("stage", equalTo("WITHDRAWN")).body("enrolmentStatus", equalTo("WITHDRAWN"))
                .body("nextAction", equalTo("Enrol again when you are ready"));

        UUID second = EnrolmentFixture.enrolled("nb-earner", achievement);
        given().auth().oauth2(Tokens.user("nb-earner")).get("/api/v1/enrolments/" + second)
                .then().statusCode(200).body("status", equalTo("ACTIVE")).body("id", not(equalTo(first.toString())));
        given().auth().oauth2(Tokens.user("nb-earner")).get("/api/v1/enrolments/" + first)
                .then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        // Enrolling once more answers the open one.
        EnrolmentFixture.enrol("nb-earner", achievement).then().statusCode(200).body("id", equalTo(second.toString()));
    }

    @Test
    void withdrawingTwiceAnswersTheWithdrawnEnrolment() {
        UUID enrolment = EnrolmentFixture.enrolled("nb-earner", EnrolmentFixture.published("Twice " + UUID.randomUUID()));
        given().auth().oauth2(Tokens.user("nb-earner")).post("/api/v1/enrolments/" + enrolment + "/withdraw")
                .then().statusCode(200);
        given().auth().oauth2(Tokens.user("nb-earner")).post("/api/v1/enrolments/" + enrolment + "/withdraw")
                .then().statusCode(200).body("status", equalTo("WITHDRAWN"));
    }

    @Test
    void onlyTheEarnerWithdrawsTheirOwnEnrolment() {
        UUID enrolment = EnrolmentFixture.enrolled("nb-earner", EnrolmentFixture.published("Mine " + UUID.randomUUID()));
        String path = "/api/v1/enrolments/" + enrolment + "/withdraw";
        given().auth().oauth2(Tokens.user("nb-earner2")).post(path).then().statusCode(404);
        given().auth().oauth2(Tokens.user("sp-earner")).post(path).then().statusCode(404);
        for (String role : List.of("nb-admin", "nb-assessor", "nb-release")) {
            given().auth().oauth2(Tokens.user(role)).post(path).then().statusCode(403);
        }
        given().post(path).then().statusCode(401);
        given().auth().oauth2(Tokens.user("nb-earner")).contentType(ContentType.JSON)
                .body(Map.of("reason", "x".repeat(1001))).post(path)
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
        given().auth().oauth2(Tokens.user("nb-earner")).get("/api/v1/enrolments/" + enrolment)
                .then().statusCode(200).body("status", equalTo("ACTIVE"));
    }
}
