package org.microcred.assessment.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.microcred.events.assessment.CriterionScore;
import org.microcred.events.catalogue.Rubric;
import org.microcred.events.submission.EvidenceArtifact;
import org.microcred.events.submission.EvidenceLink;
import org.microcred.events.submission.WrittenAnswer;

/**
 * A task as staff see it: the rubric to judge it against (null until the catalogue event arrives),
 * the evidence (null unless the caller holds the task or is an issuer-admin, as for the files in
 * submission-service), the final decision, and the judgements the caller may see.
 */
public record AssessmentView(
        UUID id,
        String basis,
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
        long ageHours,
        int feedbackTargetDays,
        Instant dueBy,
        boolean overdue,
        int maxAttempts,
        String assignedTo,
        String secondMarker,
        List<WrittenAnswer> answers,
        List<EvidenceArtifact> artifacts,
        List<EvidenceLink> links,
        Rubric rubric,
        String decision,
        List<CriterionScore> scores,
        String feedback,
        BigDecimal totalPoints,
        BigDecimal maxPoints,
        BigDecimal score,
        String assessorId,
        Boolean markersAgreed,
        List<JudgementView> judgements,
        Instant decidedAt) {

    /** One marker's judgement ({@code role} first or second). */
    public record JudgementView(String role, String assessorId, String outcome, List<CriterionScore> scores,
            String feedback, BigDecimal totalPoints, BigDecimal maxPoints, Instant decidedAt) {
    }
}
