package org.microcred.events.assessment;

import java.time.Instant;
import java.util.UUID;
import org.microcred.events.EventPayload;

/**
 * An attempt's assessment was claimed by, assigned to, or released from an assessor.
 * {@code role} is {@code first} or {@code second} (second marking); {@code assessorId} null means
 * released back to the queue. The latest event per assessment and role is the assignment: the
 * assessor it names may see the attempt's evidence, and the earner's dashboard shows "in review".
 */
public record AssessmentAssigned(
        UUID assessmentId,
        UUID submissionId,
        UUID enrolmentId,
        UUID achievementId,
        int achievementVersion,
        String earnerId,
        int attempt,
        String role,
        String assessorId,
        long sequence,
        Instant assignedAt) implements EventPayload {

    public static final String FIRST = "first";
    public static final String SECOND = "second";
}
