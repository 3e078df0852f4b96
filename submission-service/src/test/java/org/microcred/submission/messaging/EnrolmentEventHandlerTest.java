package org.microcred.submission.messaging;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.events.EventEnvelope;
import org.microcred.events.EventPayload;
import org.microcred.events.Topics;
import org.microcred.events.enrolment.EnrolmentStatus;
import org.microcred.submission.TestDb;
import org.microcred.submission.rest.Journeys;
import org.microcred.submission.rest.Journeys.Journey;
import org.microcred.support.testing.TestKafka;

/** Enrolments and their status from enrolment.events.v1, each applied once. */
@Tag("servers")
@QuarkusTest
class EnrolmentEventHandlerTest {

    private static final String PREFIX = Journeys.PREFIX;

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
        // The marker's attempt started, so both copies were handled: the dead-letter topic holds all it ever will.
        assertFalse(TestKafka.readToEnd(PREFIX + Topics.ENROLMENT + ".submission-service.dlq")
                .stream().anyMatch(r -> r.value().contains(journey.enrolmentEvent().eventId().toString())),
                "the second copy was not dead-lettered");
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

    private static long count(String sql, Object id) {
        return TestDb.count(sql, id);
    }
}
