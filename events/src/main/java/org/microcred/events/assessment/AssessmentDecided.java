package org.microcred.events.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.microcred.events.EventPayload;
import org.microcred.events.submission.EvidenceArtifact;
import org.microcred.events.submission.EvidenceLink;

/**
 * An assessor judged one attempt ({@code basis} {@code rubric}), or LMS progress decided a
 * {@code progress} micro-credential ({@code basis} {@code progress}: no submission, no assessor,
 * {@code submissionId} and {@code assessorId} null, {@code score} the reported score). It carries the scores, the feedback and the evidence, so the
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
        Instant submittedAt,
        // Added (additive): link evidence, the basis, the progress score, and second marking.
        List<EvidenceLink> links,
        String basis,
        BigDecimal score,
        String secondAssessorId,
        Boolean markersAgreed) implements EventPayload {

    public static final String RUBRIC = "rubric";
    public static final String PROGRESS = "progress";

    public AssessmentDecided(UUID assessmentId, UUID submissionId, UUID enrolmentId, UUID achievementId,
            int achievementVersion, String earnerId, String earnerEmail, String earnerName, int attempt,
            Decision decision, List<CriterionScore> scores, String feedback, String assessorId,
            List<EvidenceArtifact> evidence, Instant decidedAt, Instant enrolledAt, Instant submittedAt) {
        this(assessmentId, submissionId, enrolmentId, achievementId, achievementVersion, earnerId, earnerEmail,
                earnerName, attempt, decision, scores, feedback, assessorId, evidence, decidedAt, enrolledAt,
                submittedAt, null, null, null, null, null);
    }
}
