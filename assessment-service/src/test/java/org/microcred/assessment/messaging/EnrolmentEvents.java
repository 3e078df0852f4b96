package org.microcred.assessment.messaging;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.microcred.assessment.AssessmentFixture;
import org.microcred.assessment.PublishedEvents;
import org.microcred.events.EventEnvelope;
import org.microcred.events.assessment.AssessmentDecided;
import org.microcred.events.catalogue.ProgressRule;
import org.microcred.events.enrolment.ActivityReported;
import org.microcred.events.enrolment.EnrolmentStatus;
import org.microcred.events.enrolment.EnrolmentStatusChanged;
import org.microcred.support.testing.TestKafka;
import org.microcred.support.testing.Tokens;

/** Enrolment events as enrolment-service publishes them, and a way to know they were consumed. */
final class EnrolmentEvents {

    static final ProgressRule QUIZ_80 = new ProgressRule("quiz-final", "score", new BigDecimal("80"));
    private static UUID markerAchievement;

    private EnrolmentEvents() {
    }

    /** An LMS report for {@code earner}'s enrolment, as the signed webhook turns into an event. */
    static EventEnvelope<ActivityReported> report(UUID achievement, UUID enrolment, String earner, String activity,
            String score) {
        ActivityReported payload = new ActivityReported(UUID.randomUUID(), enrolment, achievement, 1,
                Tokens.subject(earner), earner + "@northbridge.example", "Zoë Earner", activity, true,
                score != null ? new BigDecimal(score) : null, Instant.now().minusSeconds(30).truncatedTo(ChronoUnit.MICROS),
                Instant.now().minusSeconds(86_400).truncatedTo(ChronoUnit.MICROS));
        return EventEnvelope.wrap(payload, "northbridge", enrolment.toString(), Instant.now(), null);
    }

    static EventEnvelope<EnrolmentStatusChanged> statusChanged(UUID achievement, UUID enrolment, String earner,
            EnrolmentStatus status) {
        EnrolmentStatusChanged payload = new EnrolmentStatusChanged(enrolment, achievement, 1,
                Tokens.subject(earner), status, EnrolmentStatus.ACTIVE, "Changed jobs", Instant.now());
        return EventEnvelope.wrap(payload, "northbridge", enrolment.toString(), Instant.now(), null);
    }

    /** Publishes on the enrolment topic keyed by the enrolment, as enrolment-service does. */
    static void publish(EventEnvelope<?> event, UUID enrolment) {
        TestKafka.publish(AssessmentFixture.PREFIX, enrolment.toString(), event);
    }

    /**
     * Returns once every event published so far under {@code key} on the enrolment topic was
     * consumed: a passing report of another enrolment sent under the same key (so on the same
     * partition, behind them) has been decided.
     */
    static void awaitConsumed(UUID key) {
        UUID marker = UUID.randomUUID();
        publish(report(markerAchievement(), marker, "nb-earner2", "quiz-final", "100"), key);
        PublishedEvents.await(marker.toString(), AssessmentDecided.class, 1);
    }

    /** A progress micro-credential whose version is known here (its first report was decided). */
    private static synchronized UUID markerAchievement() {
        if (markerAchievement == null) {
            UUID achievement = AssessmentFixture.publish("northbridge", AssessmentFixture.Definition.progress(QUIZ_80));
            UUID enrolment = UUID.randomUUID();
            publish(report(achievement, enrolment, "nb-earner2", "quiz-final", "100"), enrolment);
            PublishedEvents.await(enrolment.toString(), AssessmentDecided.class, 1);
            markerAchievement = achievement;
        }
        return markerAchievement;
    }

    static List<AssessmentDecided> decided(UUID enrolment) {
        return PublishedEvents.of(enrolment.toString(), AssessmentDecided.class);
    }
}
