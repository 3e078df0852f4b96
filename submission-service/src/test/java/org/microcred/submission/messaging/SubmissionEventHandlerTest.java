package org.microcred.submission.messaging;

import org.junit.jupiter.api.Tag;
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
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.microcred.events.EventCodec;
import org.microcred.events.EventEnvelope;
import org.microcred.events.EventPayload;
import org.microcred.events.Topics;
import org.microcred.events.assessment.AssessmentDecided;
import org.microcred.events.assessment.Decision;
import org.microcred.events.enrolment.EnrolmentCreated;
import org.microcred.events.enrolment.EnrolmentStatus;
import org.microcred.events.submission.SubmissionSubmitted;
import org.microcred.submission.TestDb;
import org.microcred.submission.rest.Journeys;
import org.microcred.submission.rest.Journeys.Journey;
import org.microcred.submission.storage.Samples;
import org.microcred.support.testing.TestKafka;
import org.microcred.support.testing.Tokens;

/** Submissions follow real Kafka records of the other stages, and announce theirs through the outbox. */
@Tag("servers")
@QuarkusTest
class SubmissionEventHandlerTest {

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
    void theSameEnrolmentCreatedDeliveredTwiceHasOneEffect() {
        Journey journey = Journeys.enrolled("nb-earner");
        TestKafka.publish(PREFIX, journey.enrolmentId().toString(), journey.enrolmentEvent());
        // A later enrolment on the same key, so the same partition: once it shows, both copies were consumed.
        Journey marker = Journeys.enrol("nb-earner", journey.tenant(), journey.achievementId());
        TestKafka.publish(PREFIX, journey.enrolmentId().toString(), marker.enrolmentEvent());
        Journeys.startAttempt(marker);

        assertEquals(1, count("SELECT count(*) FROM enrolment WHERE id = ?", journey.enrolmentId()));
        assertEquals(1, count("SELECT count(*) FROM processed_event WHERE event_id = ?", journey.enrolmentEvent().eventId()));
        Journeys.startAttempt(journey);
        Journeys.start("nb-earner", journey.enrolmentId()).then().statusCode(200).body("attempt", equalTo(1));
        assertFalse(TestKafka.read(PREFIX + Topics.ENROLMENT + ".submission-service.dlq", Integer.MAX_VALUE, Duration.ofSeconds(3))
                .stream().anyMatch(r -> r.value().contains(journey.enrolmentEvent().eventId().toString())),
                "the second copy was not dead-lettered");
    }

    @Test
    void theSameCatalogueEventDeliveredTwiceHasOneEffect() {
        UUID achievementId = UUID.randomUUID();
        var published = Journeys.achievement(achievementId, 1, Journeys.KINDS, null, 2);
        EventEnvelope<EventPayload> event = EventEnvelope.wrap(published, "northbridge", achievementId.toString(),
                Instant.now(), null);
        TestKafka.publish(PREFIX, achievementId.toString(), event);
        TestKafka.publish(PREFIX, achievementId.toString(), event);
        // Version 2 on the same key comes after both copies.
        TestKafka.publish(PREFIX, achievementId.toString(), EventEnvelope.wrap(
                Journeys.achievement(achievementId, 2, Journeys.KINDS, null, 2), "northbridge",
                achievementId.toString(), Instant.now(), null));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                count("SELECT count(*) FROM achievement_prompts WHERE achievement_id = ?", achievementId) == 2);
        assertEquals(1, count("SELECT count(*) FROM processed_event WHERE event_id = ?", event.eventId()));
        assertEquals(1, count("SELECT count(*) FROM achievement_prompts WHERE achievement_id = ? AND version = 1"
                + " AND max_attempts = 2 AND evidence_prompts LIKE '%\"allowedMediaTypes\":[\"image/png\"%'", achievementId));
    }

    @Test
    void theSameStatusChangeDeliveredTwiceHasOneEffect() {
        UUID achievement = Journeys.publish("northbridge", Journeys.PROMPTS, null, null);
        Journey journey = Journeys.enrol("nb-earner", "northbridge", achievement, EnrolmentStatus.PENDING_CONFIRMATION);
        EventEnvelope<EventPayload> confirmed = Journeys.statusChanged(journey, EnrolmentStatus.PENDING_CONFIRMATION,
                EnrolmentStatus.ACTIVE, Instant.now().minusSeconds(5));
        Journeys.publish(journey, confirmed);
        Journeys.publish(journey, Journeys.statusChanged(journey, EnrolmentStatus.ACTIVE, EnrolmentStatus.WITHDRAWN,
                Instant.now()));
        Journeys.publish(journey, confirmed);
        Journey marker = Journeys.announced("nb-earner", "northbridge", achievement, null);
        TestKafka.publish(PREFIX, journey.enrolmentId().toString(), marker.enrolmentEvent());
        Journeys.startAttempt(marker);

        assertEquals(1, count("SELECT count(*) FROM processed_event WHERE event_id = ?", confirmed.eventId()));
        Journeys.start("nb-earner", journey.enrolmentId()).then().statusCode(409)
                .body("type", equalTo("https://microcred.org/problems/enrolment-not-active"));
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
        var progress = new AssessmentDecided(UUID.randomUUID(), null,
                journey.enrolmentId(), journey.achievementId(), 1, Tokens.subject("nb-earner"), null, null, 1,
                Decision.AWARD, List.of(), "Completed", null, List.of(), Instant.now(), null, null,
                List.of(), "progress", BigDecimal.valueOf(90), null, null);
        EventEnvelope<EventPayload> event = EventEnvelope.wrap(progress, "northbridge", progress.assessmentId().toString(),
                Instant.now(), null);
        Journeys.publish(journey, event);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                count("SELECT count(*) FROM processed_event WHERE event_id = ?", event.eventId()) == 1);
        assertFalse(TestKafka.read(PREFIX + Topics.ASSESSMENT + ".submission-service.dlq", Integer.MAX_VALUE,
                Duration.ofSeconds(3)).stream().anyMatch(r -> r.value().contains(event.eventId().toString())));
    }

    @Test
    void aSubmissionIsPublishedThroughTheOutboxKeyedByItsEnrolment() {
        Journey journey = Journeys.enrolled("nb-earner");
        UUID submissionId = Journeys.submittedAttempt(journey, Samples.PDF);

        ConsumerRecord<String, String>[] found = new ConsumerRecord[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            found[0] = TestKafka.read(PREFIX + Topics.SUBMISSION, Integer.MAX_VALUE, Duration.ofSeconds(3)).stream()
                    .filter(r -> r.value().contains(submissionId.toString())).findFirst().orElse(null);
            return found[0] != null;
        });
        assertEquals(journey.enrolmentId().toString(), found[0].key());
        EventEnvelope<EventPayload> event = EventCodec.decode(found[0].value());
        SubmissionSubmitted submitted = (SubmissionSubmitted) event.payload();
        assertEquals("northbridge", event.tenantId());
        assertEquals(1, submitted.attempt());
        assertEquals(Tokens.subject("nb-earner"), submitted.earnerId());
        assertEquals("nb-earner@example.org", submitted.earnerEmail());
        assertEquals(journey.achievementId(), submitted.achievementId());
        assertEquals(2, submitted.answers().size());
        assertEquals(Samples.sha256(Samples.PDF), submitted.artifacts().get(0).sha256());
        assertEquals("application/pdf", submitted.artifacts().get(0).mediaType());
        // The activity's start, from the enrolment read model (stored to the microsecond).
        Instant enrolledAt = ((EnrolmentCreated) journey.enrolmentEvent().payload()).enrolledAt();
        assertEquals(enrolledAt.truncatedTo(ChronoUnit.MICROS), submitted.enrolledAt());
    }

    private static void publishDecision(Journey journey, UUID submissionId, int attempt, Decision decision) {
        TestKafka.publish(PREFIX, journey.enrolmentId().toString(),
                Journeys.decided(journey, submissionId, attempt, decision));
    }

    private static long count(String sql, Object id) {
        return TestDb.count(sql, id);
    }
}
