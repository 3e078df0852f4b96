package org.microcred.events.assessment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.microcred.events.EventPayload;
import org.microcred.events.submission.EvidenceArtifact;

/**
 * An assessor judged one attempt. It carries the scores, the feedback and the evidence, so the
 * credential that may follow can state its results without asking another service.
 */
public record AssessmentDecided(
        UUID assessmentId,
        UUID submissionId,
        UUID enrolmentId,
        UUID achievementId,
        int achievementVersion,
        String earnerId,
        String earnerEmail,
        String earnerName,
        int attempt,
        Decision decision,
        List<CriterionScore> scores,
        String feedback,
        String assessorId,
        List<EvidenceArtifact> evidence,
        Instant decidedAt,
        // Added (additive): the activity's start (enrolment) and end (the judged attempt's submission).
        Instant enrolledAt,
        Instant submittedAt) implements EventPayload {
}
