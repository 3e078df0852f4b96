package org.microcred.assessment.rest;

import java.time.Instant;
import java.util.UUID;

/**
 * One task of the queue, with its age. {@code achievementName} is null while the catalogue event
 * has not arrived; {@code waitingHours} counts whole hours from submission to decision (or now).
 */
public record QueueItemView(
        UUID id,
        UUID submissionId,
        UUID enrolmentId,
        UUID achievementId,
        int achievementVersion,
        String achievementName,
        String earnerName,
        int attempt,
        String status,
        Instant submittedAt,
        long waitingHours) {
}
