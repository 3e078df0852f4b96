package org.microcred.events.enrolment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.microcred.events.EventPayload;

/**
 * An LMS reported, through a signed webhook, that the earner completed an activity or reached a
 * score (0 to 100; null when only completion is reported). {@code reportId} is the webhook's id, so
 * the same delivery has one effect. A {@code progress} micro-credential is decided from this event.
 * <p>
 * {@code awardRequested} true (added, additive): the LMS asked for the award itself ({@code credential.award.requested}):
 * the learner met the micro-credential's benchmark in the LMS, so assessment-service awards it whatever its progress
 * rule; {@code evidenceUrl} is then the evidence the LMS points to (null when none). Both are null from older producers.
 */
public record ActivityReported(
        UUID reportId,
        UUID enrolmentId,
        UUID achievementId,
        int achievementVersion,
        String earnerId,
        String earnerEmail,
        String earnerName,
        String activityId,
        boolean completed,
        BigDecimal score,
        Instant occurredAt,
        Instant enrolledAt,
        Boolean awardRequested,
        String evidenceUrl) implements EventPayload {

    /** An activity report that asks for no award (the form before the award fields were added). */
    public ActivityReported(UUID reportId, UUID enrolmentId, UUID achievementId, int achievementVersion,
            String earnerId, String earnerEmail, String earnerName, String activityId, boolean completed,
            BigDecimal score, Instant occurredAt, Instant enrolledAt) {
        this(reportId, enrolmentId, achievementId, achievementVersion, earnerId, earnerEmail, earnerName, activityId,
                completed, score, occurredAt, enrolledAt, null, null);
    }

    /** The LMS asked for the award: the benchmark was met there. */
    public boolean asksForAward() {
        return Boolean.TRUE.equals(awardRequested);
    }
}
