package org.microcred.events.enrolment;

import java.time.Instant;
import java.util.UUID;
import org.microcred.events.EventPayload;

/** An enrolment moved to {@code status} (confirmed, promoted from the waiting list, withdrawn, expired...). */
public record EnrolmentStatusChanged(
        UUID enrolmentId,
        UUID achievementId,
        int achievementVersion,
        String earnerId,
        EnrolmentStatus status,
        EnrolmentStatus previousStatus,
        String reason,
        Instant changedAt) implements EventPayload {
}
