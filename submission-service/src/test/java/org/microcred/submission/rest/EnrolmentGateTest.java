package org.microcred.submission.rest;

import org.junit.jupiter.api.Tag;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microcred.events.assessment.Decision;
import org.microcred.events.enrolment.EnrolmentStatus;
import org.microcred.submission.TestDb;
import org.microcred.submission.rest.Journeys.Journey;
import org.microcred.submission.storage.Samples;
import org.microcred.support.testing.TestKafka;
import org.microcred.support.testing.Tokens;

/** Only an ACTIVE enrolment of a performance micro-credential changes evidence; closing one deletes nothing. */
@Tag("servers")
@QuarkusTest
class EnrolmentGateTest {

    private static final String NOT_ACTIVE = "https://microcred.org/problems/enrolment-not-active";

    @Test
    void waitlistedAndPendingEnrolmentsOpenNoDraftUntilTheyBecomeActive() {
        UUID achievement = Journeys.publish("northbridge", Journeys.PROMPTS, null, null);
        Journey waitlisted = Journeys.enrol("nb-earner", "northbridge", achievement, EnrolmentStatus.WAITLISTED);
        firstAnswer(waitlisted).then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo(NOT_ACTIVE)).body("detail", containsString("WAITLISTED"));
        Journey pending = Journeys.enrol("nb-earner", "northbridge", achievement, EnrolmentStatus.PENDING_CONFIRMATION);
        firstAnswer(pending).then().statusCode(409).body("detail", containsString("PENDING_CONFIRMATION"));

        Journeys.publish(pending, Journeys.statusChanged(pending, EnrolmentStatus.PENDING_CONFIRMATION,
                EnrolmentStatus.ACTIVE, Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> Journeys.start("nb-earner", pending.enrolmentId()).statusCode() == 201);
        assertEquals(0, TestDb.count("SELECT count(*) FROM submission WHERE enrolment_id = ?", waitlisted.enrolmentId()));
    }

    @Test
    void aStatusChangeArrivingBeforeItsEnrolmentIsNotLost() {
        UUID achievement = Journeys.publish("northbridge", Journeys.PROMPTS, null, null);
        Journey journey = Journeys.announced("nb-earner", "northbridge", achievement, EnrolmentStatus.PENDING_CONFIRMATION);
        Journeys.publish(journey, Journeys.statusChanged(journey, EnrolmentStatus.PENDING_CONFIRMATION,
                EnrolmentStatus.ACTIVE, Instant.now().plusSeconds(1)));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                TestDb.count("SELECT count(*) FROM enrolment WHERE id = ? AND status = 'ACTIVE'", journey.enrolmentId()) == 1);
        // Until enrolment.created brings the earner's email and name, no attempt starts.
        Journeys.start("nb-earner", journey.enrolmentId()).then().statusCode(404)
                .body("detail", containsString("has not reached this service yet"));

        Journeys.publish(journey, journey.enrolmentEvent());
        Journeys.startAttempt(journey);
        assertEquals(1, TestDb.count("SELECT count(*) FROM enrolment WHERE id = ? AND status = 'ACTIVE' AND announced"
                + " AND earner_email = 'nb-earner@example.org'", journey.enrolmentId()));
    }

    @Test
    void anOlderStatusChangeArrivingLateChangesNothing() {
        Journey journey = Journeys.enrolled("nb-earner");
        Instant now = Instant.now();
        Journeys.publish(journey, Journeys.statusChanged(journey, EnrolmentStatus.ACTIVE, EnrolmentStatus.WITHDRAWN, now));
        Journeys.publish(journey, Journeys.statusChanged(journey, EnrolmentStatus.PENDING_CONFIRMATION,
                EnrolmentStatus.ACTIVE, now.minusSeconds(60)));
        Journey marker = Journeys.announced("nb-earner", "northbridge", journey.achievementId(), null);
        TestKafka.publish(Journeys.PREFIX, journey.enrolmentId().toString(), marker.enrolmentEvent());
        Journeys.startAttempt(marker);
        Journeys.start("nb-earner", journey.enrolmentId()).then().statusCode(409)
                .body("detail", containsString("WITHDRAWN"));
    }

    @Test
    void afterAWithdrawalTheDraftKeepsItsEvidenceAndNothingChangesIt() {
        Journey journey = Journeys.enrolled("nb-earner");
        UUID id = Journeys.startAttempt(journey);
        Journeys.answerAll("nb-earner", id);
        String artifactId = Journeys.upload("nb-earner", id, "plan", "plan.pdf", Samples.PDF, "application/pdf")
                .then().statusCode(201).extract().path("id");
        withdraw(journey);
        TestDb.Evidence before = TestDb.evidenceOf(id);

        String token = Tokens.user("nb-earner");
        List<Response> refused = List.of(
                Journeys.upload("nb-earner", id, "plan", "more.pdf", Samples.PDF, "application/pdf"),
                given().auth().oauth2(token).contentType(ContentType.JSON)
                        .body(Map.of("answers", List.of(Map.of("promptId", "plan", "text", "changed"))))
                        .put("/api/v1/submissions/" + id + "/answers"),
                given().auth().oauth2(token).delete("/api/v1/submissions/" + id + "/files/" + artifactId),
                given().auth().oauth2(token).post("/api/v1/submissions/" + id + "/submit"),
                Journeys.start("nb-earner", journey.enrolmentId()));
        for (Response response : refused) {
            response.then().statusCode(409).body("type", equalTo(NOT_ACTIVE)).body("detail", containsString("WITHDRAWN"));
        }
        assertEquals(before, TestDb.evidenceOf(id), "nothing added, removed or submitted");
        given().auth().oauth2(token).get("/api/v1/submissions/" + id).then().statusCode(200)
                .body("status", equalTo("DRAFT")).body("enrolmentStatus", equalTo("WITHDRAWN"))
                .body("answers[0].text", equalTo("Exit tickets every lesson."));
    }

    @Test
    void aWithdrawalAfterSubmittingDeletesNothing() {
        Journey journey = Journeys.enrolled("nb-earner");
        UUID id = Journeys.submittedAttempt(journey, Samples.PDF);
        TestDb.Evidence before = TestDb.evidenceOf(id);
        withdraw(journey);
        given().auth().oauth2(Tokens.user("nb-earner")).post("/api/v1/submissions/" + id + "/submit")
                .then().statusCode(409).body("type", equalTo(NOT_ACTIVE));
        assertEquals(before, TestDb.evidenceOf(id));
        String artifactId = given().auth().oauth2(Tokens.user("nb-admin")).get("/api/v1/submissions/" + id)
                .then().statusCode(200).body("status", equalTo("SUBMITTED")).extract().path("artifacts[0].id");
        given().auth().oauth2(Tokens.user("nb-earner")).get("/api/v1/submissions/" + id + "/files/" + artifactId)
                .then().statusCode(200);
    }

    @Test
    void aProgressMicroCredentialTakesNoSubmissions() {
        UUID achievement = Journeys.publish("northbridge", List.of(), "progress", null);
        Journey journey = Journeys.enrol("nb-earner", "northbridge", achievement);
        firstAnswer(journey).then().statusCode(409).body("type", equalTo("https://microcred.org/problems/no-submissions"));
        assertEquals(0, TestDb.count("SELECT count(*) FROM submission WHERE enrolment_id = ?", journey.enrolmentId()));
    }

    @Test
    void noAttemptBeyondTheMicroCredentialsLimit() {
        UUID achievement = Journeys.publish("northbridge", Journeys.PROMPTS, null, 1);
        Journey journey = Journeys.enrol("nb-earner", "northbridge", achievement);
        UUID first = Journeys.submittedAttempt(journey, Samples.PDF);
        Journeys.publish(journey, Journeys.decided(journey, first, 1, Decision.REVISE));
        await().atMost(Duration.ofSeconds(30)).until(() -> "https://microcred.org/problems/attempts-exhausted"
                .equals(Journeys.start("nb-earner", journey.enrolmentId()).then().extract().path("type")));
        Journeys.start("nb-earner", journey.enrolmentId()).then().statusCode(409)
                .body("detail", containsString("All 1 attempts"));
        assertEquals(1, TestDb.count("SELECT count(*) FROM submission WHERE enrolment_id = ?", journey.enrolmentId()));
    }

    /** The first answer to starting an attempt once the enrolment has reached the service. */
    private static Response firstAnswer(Journey journey) {
        Response[] answer = new Response[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            answer[0] = Journeys.start(journey.earner(), journey.enrolmentId());
            return answer[0].statusCode() != 404;
        });
        return answer[0];
    }

    private static void withdraw(Journey journey) {
        Journeys.publish(journey, Journeys.statusChanged(journey, EnrolmentStatus.ACTIVE, EnrolmentStatus.WITHDRAWN,
                Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                TestDb.count("SELECT count(*) FROM enrolment WHERE id = ? AND status = 'WITHDRAWN'", journey.enrolmentId()) == 1);
    }
}
