package org.microcred.enrolment.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.events.enrolment.EnrolmentStatus;
import org.microcred.events.enrolment.EnrolmentStatusChanged;
import org.microcred.support.testing.Tokens;

/** Confirmation by staff: pending enrolments, confirmed or declined by the institution's issuer-admins only. */
@Tag("servers")
@QuarkusTest
class StaffConfirmationTest {

    private static final Map<String, Object> STAFF = Map.of("confirmationMode", "staff");

    @Test
    void anIssuerAdminConfirmsAPendingEnrolment() {
        UUID achievement = EnrolmentFixture.published("nb-admin", "Staff confirm " + UUID.randomUUID(), STAFF);
        UUID enrolment = UUID.fromString(EnrolmentFixture.enrol("nb-earner", achievement).then().statusCode(201)
                .body("status", equalTo("PENDING_CONFIRMATION")).extract().path("id"));
        given().auth().oauth2(Tokens.user("nb-earner")).get("/api/v1/dashboard/" + enrolment)
                .then().statusCode(200).body("stage", equalTo("PENDING_CONFIRMATION"))
                .body("nextAction", equalTo("Wait for the institution to confirm your enrolment"));

        given().auth().oauth2(Tokens.user("nb-admin")).post("/api/v1/enrolments/" + enrolment + "/confirm")
                .then().statusCode(200).body("status", equalTo("ACTIVE"));
        given().auth().oauth2(Tokens.user("nb-admin")).post("/api/v1/enrolments/" + enrolment + "/confirm")
                .then().statusCode(200).body("status", equalTo("ACTIVE"));
        given().auth().oauth2(Tokens.user("nb-earner")).get("/api/v1/dashboard/" + enrolment)
                .then().statusCode(200).body("stage", equalTo("ENROLLED")).body("enrolmentStatus", equalTo("ACTIVE"));

        // The change reaches the topic; that it was made once, the outbox says (both requests have answered).
        await().atMost(Duration.ofSeconds(30))
                .until(() -> EnrolmentFixture.statusChanges(enrolment), list -> !list.isEmpty());
        List<EnrolmentStatusChanged> changes = EnrolmentFixture.committedStatusChanges(enrolment);
        assertEquals(1, changes.size(), "confirming twice is one change: " + changes);
        assertEquals(EnrolmentStatus.ACTIVE, changes.get(0).status());
        assertEquals(EnrolmentStatus.PENDING_CONFIRMATION, changes.get(0).previousStatus());
    }

    @Test
    void anIssuerAdminDeclinesWithAReasonAndTheEarnerMayAskAgain() {
        UUID achievement = EnrolmentFixture.published("nb-admin", "Staff decline " + UUID.randomUUID(), STAFF);
        UUID enrolment = EnrolmentFixture.enrolled("nb-earner", achievement);
        given().auth().oauth2(Tokens.user("nb-admin")).contentType(ContentType.JSON)
                .body(Map.of("reason", "Prerequisite course missing"))
                .post("/api/v1/enrolments/" + enrolment + "/decline")
                .then().statusCode(200).body("status", equalTo("DECLINED"))
                .body("statusReason", equalTo("Prerequisite course missing"));
        given().auth().oauth2(Tokens.user("nb-admin")).post("/api/v1/enrolments/" + enrolment + "/confirm")
                .then().statusCode(409).body("type", equalTo("https://microcred.org/problems/enrolment-status"));
        given().auth().oauth2(Tokens.user("nb-earner")).get("/api/v1/dashboard/" + enrolment)
                .then().statusCode(200).body("stage", equalTo("DECLINED"))
                .body("steps[-1].detail", equalTo("Enrolment declined: Prerequisite course missing"));
        UUID again = EnrolmentFixture.enrolled("nb-earner", achievement);
        given().auth().oauth2(Tokens.user("nb-earner")).get("/api/v1/enrolments/" + again)
                .then().statusCode(200).body("status", equalTo("PENDING_CONFIRMATION"));
    }

    @Test
    void aPlaceFreedByADeclineGoesToTheWaitingListStillNeedingConfirmation() {
        Map<String, Object> settings = Map.of("confirmationMode", "staff", "capacity", 1);
        UUID achievement = EnrolmentFixture.published("nb-admin", "Staff and places " + UUID.randomUUID(), settings);
        UUID first = EnrolmentFixture.enrolled("nb-earner", achievement);
        UUID second = UUID.fromString(EnrolmentFixture.enrol("nb-earner2", achievement).then().statusCode(201)
                .body("status", equalTo("WAITLISTED")).extract().path("id"));
        given().auth().oauth2(Tokens.user("nb-admin")).post("/api/v1/enrolments/" + first + "/decline")
                .then().statusCode(200);
        given().auth().oauth2(Tokens.user("nb-earner2")).get("/api/v1/enrolments/" + second)
                .then().statusCode(200).body("status", equalTo("PENDING_CONFIRMATION"));
    }

    @Test
    void onlyTheInstitutionsIssuerAdminsConfirmOrDecline() {
        UUID achievement = EnrolmentFixture.published("nb-admin", "Who confirms " + UUID.randomUUID(), STAFF);
        UUID enrolment = EnrolmentFixture.enrolled("nb-earner", achievement);
        for (String action : List.of("confirm", "decline")) {
            String path = "/api/v1/enrolments/" + enrolment + "/" + action;
            for (String role : List.of("nb-earner", "nb-assessor", "nb-release")) {
                given().auth().oauth2(Tokens.user(role)).post(path).then().statusCode(403);
            }
            given().auth().oauth2(Tokens.user("sp-admin")).post(path).then().statusCode(404);
            given().post(path).then().statusCode(401);
            given().auth().oauth2(Tokens.user("nb-admin")).contentType(ContentType.JSON)
                    .body(Map.of("reason", "x".repeat(1001))).post(path)
                    .then().statusCode(400).body("errors[0].field", equalTo("reason"));
        }
        given().auth().oauth2(Tokens.user("nb-admin")).post("/api/v1/enrolments/" + UUID.randomUUID() + "/confirm")
                .then().statusCode(404);
        given().auth().oauth2(Tokens.user("nb-earner")).get("/api/v1/enrolments/" + enrolment)
                .then().statusCode(200).body("status", equalTo("PENDING_CONFIRMATION"));
    }
}
