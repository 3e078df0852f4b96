package org.microcred.assessment.rest;

import java.time.Instant;
import java.util.UUID;

/**
 * One task of the queue, with its age against the feedback target. {@code achievementName} is null
 * while the catalogue event has not arrived (the default target of 14 days applies meanwhile);
 * {@code ageHours} counts whole hours from submission to final decision (or now); {@code overdue}
 * says whether the final decision came, or is still missing, after {@code dueBy}.
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
        Instant submittedAt,
        long ageHours,
        int feedbackTargetDays,
        Instant dueBy,
        boolean overdue,
        String status,
        String assignedTo,
        String secondMarker) {
}
