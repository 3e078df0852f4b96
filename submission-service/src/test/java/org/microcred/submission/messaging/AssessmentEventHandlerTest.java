package org.microcred.submission.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.events.EventEnvelope;
import org.microcred.events.EventPayload;
import org.microcred.events.Topics;
import org.microcred.events.assessment.AssessmentDecided;
import org.microcred.events.assessment.Decision;
import org.microcred.submission.TestDb;
import org.microcred.submission.rest.Journeys;
import org.microcred.submission.rest.Journeys.Journey;
import org.microcred.submission.storage.Samples;
import org.microcred.support.testing.TestKafka;
import org.microcred.support.testing.Tokens;

/** Decisions and assignments from assessment.events.v1, each applied once. */
@Tag("servers")
@QuarkusTest
class AssessmentEventHandlerTest {

    private static final String PREFIX = Journeys.PREFIX;

    @Test
    void aReviseDecisionLetsTheEarnerStartAttemptTwo() {
        Journey journey = Journeys.enrolled("nb-earner");
        UUID first = Journeys.submittedAttempt(journey, Samples.PDF);
        publishDecision(journey, first, 1, Decision.REVISE);

        await().atMost(Duration.ofSeconds(30)).until(() -> Journeys.start("nb-earner", journey.enrolmentId()).statusCode() == 201);
        given().auth().oauth2(Tokens.user("nb-earner")).get("/api/v1/submissions?enrolmentId=" + journey.enrolmentId())
                .then().statusCode(200)
                .body("attempt", contains(2, 1))
                .body("status", contains("DRAFT", "REVISE_REQUESTED"))
                .body("[1].artifacts[0].sha256", equalTo(Samples.sha256(Samples.PDF)));
    }

    @Test
    void anAwardClosesTheEnrolmentsSubmissions() {
        Journey journey = Journeys.enrolled("nb-earner");
        UUID first = Journeys.submittedAttempt(journey, Samples.PDF);
        publishDecision(journey, first, 1, Decision.AWARD);

        await().atMost(Duration.ofSeconds(30)).until(() -> "AWARDED".equals(given().auth().oauth2(Tokens.user("nb-earner"))
                .get("/api/v1/submissions/" + first).then().statusCode(200).extract().path("status")));
        Journeys.start("nb-earner", journey.enrolmentId()).then().statusCode(409)
                .body("type", equalTo("https://microcred.org/problems/submissions-closed"));
    }

    @Test
    void theSameDecisionDeliveredTwiceHasOneEffect() {
        Journey journey = Journeys.enrolled("nb-earner");
        UUID first = Journeys.submittedAttempt(journey, Samples.PDF);
        EventEnvelope<EventPayload> revise = Journeys.decided(journey, first, 1, Decision.REVISE);
        TestKafka.publish(PREFIX, journey.enrolmentId().toString(), revise);
        await().atMost(Duration.ofSeconds(30)).until(() -> Journeys.start("nb-earner", journey.enrolmentId()).statusCode() == 201);
        UUID second = UUID.fromString(given().auth().oauth2(Tokens.user("nb-earner"))
                .get("/api/v1/submissions/draft?enrolmentId=" + journey.enrolmentId()).then().statusCode(200)
                .extract().path("id"));
        TestKafka.publish(PREFIX, journey.enrolmentId().toString(), revise);
        UUID marker = UUID.randomUUID();
        Journeys.publish(journey, Journeys.assigned(journey, marker, second, "first", "nb-assessor", 1));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                count("SELECT count(*) FROM assessment_assignment WHERE assessment_id = ?", marker) == 1);

        assertEquals(1, count("SELECT count(*) FROM processed_event WHERE event_id = ?", revise.eventId()));
        given().auth().oauth2(Tokens.user("nb-earner")).get("/api/v1/submissions?enrolmentId=" + journey.enrolmentId())
                .then().statusCode(200)
                .body("attempt", contains(2, 1))
                .body("status", contains("DRAFT", "REVISE_REQUESTED"));
    }

    @Test
    void aProgressDecisionWithoutASubmissionIsSkipped() {
        Journey journey = Journeys.enrolled("nb-earner");
        var progress = AssessmentDecided.builder()
                .assessmentId(UUID.randomUUID()).enrolmentId(journey.enrolmentId())
                .achievement(journey.achievementId(), 1).earnerId(Tokens.subject("nb-earner"))
                .attempt(1).decision(Decision.AWARD).scores(List.of()).feedback("Completed").evidence(List.of())
                .decidedAt(Instant.now()).links(List.of())
                .basis(AssessmentDecided.PROGRESS).score(BigDecimal.valueOf(90))
                .build();
        EventEnvelope<EventPayload> event = EventEnvelope.wrap(progress, "northbridge", progress.assessmentId().toString(),
                Instant.now(), null);
        Journeys.publish(journey, event);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                count("SELECT count(*) FROM processed_event WHERE event_id = ?", event.eventId()) == 1);
        assertFalse(TestKafka.readToEnd(PREFIX + Topics.ASSESSMENT + ".submission-service.dlq").stream().anyMatch(r -> r.value().contains(event.eventId().toString())));
    }

    private static void publishDecision(Journey journey, UUID submissionId, int attempt, Decision decision) {
        TestKafka.publish(PREFIX, journey.enrolmentId().toString(),
                Journeys.decided(journey, submissionId, attempt, decision));
    }

    private static long count(String sql, Object id) {
        return TestDb.count(sql, id);
    }
}
