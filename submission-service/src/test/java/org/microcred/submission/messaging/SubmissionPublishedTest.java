package org.microcred.submission.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.events.EventCodec;
import org.microcred.events.EventEnvelope;
import org.microcred.events.EventPayload;
import org.microcred.events.Topics;
import org.microcred.events.enrolment.EnrolmentCreated;
import org.microcred.events.submission.DraftStarted;
import org.microcred.events.submission.SubmissionSubmitted;
import org.microcred.submission.rest.Journeys;
import org.microcred.submission.rest.Journeys.Journey;
import org.microcred.submission.storage.Samples;
import org.microcred.support.testing.TestKafka;
import org.microcred.support.testing.Tokens;

/** A submitted attempt is announced through the outbox on submission.events.v1, keyed by its enrolment. */
@Tag("servers")
@QuarkusTest
class SubmissionPublishedTest {

    private static final String PREFIX = Journeys.PREFIX;

    @Test
    void aSubmissionIsPublishedThroughTheOutboxKeyedByItsEnrolment() {
        Journey journey = Journeys.enrolled("nb-earner");
        UUID submissionId = Journeys.submittedAttempt(journey, Samples.PDF);

        ConsumerRecord<String, String> found = TestKafka.await(PREFIX + Topics.SUBMISSION,
                r -> r.value().contains(submissionId.toString()) && r.value().contains("\"submission.submitted\""), 1,
                Duration.ofSeconds(30)).get(0);
        assertEquals(journey.enrolmentId().toString(), found.key());
        EventEnvelope<EventPayload> event = EventCodec.decode(found.value());
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

    @Test
    void startingAnAttemptsDraftIsPublishedOnceWithTheEnrolmentsKey() {
        Journey journey = Journeys.enrolled("nb-earner");
        UUID submissionId = Journeys.submittedAttempt(journey, Samples.PDF);

        List<DraftStarted> started = TestKafka.await(PREFIX + Topics.SUBMISSION,
                        r -> r.value().contains(submissionId.toString()), 2, Duration.ofSeconds(30)).stream()
                .peek(r -> assertEquals(journey.enrolmentId().toString(), r.key()))
                .map(r -> EventCodec.decode(r.value()).payload())
                .filter(DraftStarted.class::isInstance).map(DraftStarted.class::cast).toList();
        assertEquals(1, started.size(), "one draft, one event (the submit that follows is another event)");
        DraftStarted draft = started.get(0);
        assertEquals(journey.enrolmentId(), draft.enrolmentId());
        assertEquals(journey.achievementId(), draft.achievementId());
        assertEquals(1, draft.attempt());
        assertEquals(Tokens.subject("nb-earner"), draft.earnerId());
    }
}
