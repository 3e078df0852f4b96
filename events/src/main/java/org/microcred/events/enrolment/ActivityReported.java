package org.microcred.events.enrolment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.microcred.events.EventPayload;

/**
 * An LMS reported, through a signed webhook, that the earner completed an activity or reached a
 * score (0 to 100; null when only completion is reported). {@code reportId} is the webhook's id, so
 * the same delivery has one effect. A {@code progress} micro-credential is decided from this event.
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
        Instant enrolledAt) implements EventPayload {
}
