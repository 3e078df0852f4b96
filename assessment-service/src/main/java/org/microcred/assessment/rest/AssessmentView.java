package org.microcred.assessment.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.microcred.events.assessment.CriterionScore;
import org.microcred.events.catalogue.Rubric;
import org.microcred.events.submission.EvidenceArtifact;
import org.microcred.events.submission.WrittenAnswer;

/**
 * A task as the assessor sees it: the evidence, the rubric to judge it against (null until the
 * catalogue event arrives) and, once decided, the judgement.
 */
public record AssessmentView(
        UUID id,
        UUID submissionId,
        UUID enrolmentId,
        UUID achievementId,
        int achievementVersion,
        String achievementName,
        String earnerId,
        String earnerName,
        String earnerEmail,
        int attempt,
        String status,
        Instant submittedAt,
        long waitingHours,
        List<WrittenAnswer> answers,
        List<EvidenceArtifact> artifacts,
        Rubric rubric,
        String decision,
        List<CriterionScore> scores,
        String feedback,
        String assessorId,
        Instant decidedAt) {
}
