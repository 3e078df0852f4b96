package org.microcred.enrolment.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.enrolment.rest.EnrolmentFixture;
import org.microcred.events.EventCodec;
import org.microcred.events.EventEnvelope;
import org.microcred.events.Topics;
import org.microcred.events.submission.SubmissionSubmitted;
import org.microcred.support.testing.TestKafka;
import org.microcred.support.testing.Tokens;

/** The dashboard consumes real Kafka records (submission.events.v1 here): each event once, poison messages aside. */
@Tag("servers")
@QuarkusTest
class SubmissionEventHandlerTest {

    private static final String PREFIX = "test.";

    @Test
    void theSameEventDeliveredTwiceHasOneEffect() {
        Journey journey = newJourney("Redelivered");
        EventEnvelope<SubmissionSubmitted> first = submitted(journey, 1);
        TestKafka.publish(PREFIX, journey.enrolmentId.toString(), first);
        TestKafka.publish(PREFIX, journey.enrolmentId.toString(), first);
        // Same key, same partition: once attempt 2 shows, both copies of attempt 1 were consumed.
        TestKafka.publish(PREFIX, journey.enrolmentId.toString(), submitted(journey, 2));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> dashboard(journey)
                .body("attempt", equalTo(2)).body("stage", equalTo("SUBMITTED")));
        List<Map<String, Object>> steps = dashboard(journey).extract().path("steps");
        assertEquals(1, steps.stream().filter(s -> "SUBMITTED".equals(s.get("stage")) && (int) s.get("attempt") == 1).count(),
                "attempt 1 was recorded once: " + steps);
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicAndDoesNotBlockThePartition() {
        Journey journey = newJourney("Poison");
        String poison = "{\"not\":\"an event\",\"marker\":\"" + UUID.randomUUID() + "\"}";
        TestKafka.send(PREFIX + Topics.SUBMISSION, journey.enrolmentId.toString(), poison);
        TestKafka.publish(PREFIX, journey.enrolmentId.toString(), submitted(journey, 1));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> dashboard(journey).body("stage", equalTo("SUBMITTED")));
        List<ConsumerRecord<String, String>> dead = TestKafka.await(PREFIX + Topics.SUBMISSION
                + ".enrolment-service.dlq", r -> r.value().equals(poison), 1, Duration.ofSeconds(60));
        assertTrue(dead.stream().anyMatch(r -> r.value().equals(poison)), "the poison message is in the DLQ");
    }

    @Test
    void enrolmentIsPublishedThroughTheOutbox() {
        Journey journey = newJourney("Published enrolment");
        TestKafka.await(PREFIX + Topics.ENROLMENT, r -> r.key().equals(journey.enrolmentId.toString())
                && EventCodec.decode(r.value()).type().equals("enrolment.created"), 1, Duration.ofSeconds(60));
    }

    private record Journey(UUID achievementId, UUID enrolmentId) {
    }

    private static Journey newJourney(String name) {
        UUID achievement = EnrolmentFixture.published(name + " " + UUID.randomUUID());
        return new Journey(achievement, EnrolmentFixture.enrolled("nb-earner", achievement));
    }

    private static EventEnvelope<SubmissionSubmitted> submitted(Journey journey, int attempt) {
        SubmissionSubmitted payload = new SubmissionSubmitted(UUID.randomUUID(), journey.enrolmentId,
                journey.achievementId, 1, "earner", "e@x", "E", attempt, List.of(), List.of(), Instant.now(), null);
        return EventEnvelope.wrap(payload, "northbridge", payload.submissionId().toString(), Instant.now(), null);
    }

    private static io.restassured.response.ValidatableResponse dashboard(Journey journey) {
        return given().auth().oauth2(Tokens.user("nb-earner")).get("/api/v1/dashboard/" + journey.enrolmentId)
                .then().statusCode(200);
    }
}
