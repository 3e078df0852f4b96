package org.microcred.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.microcred.assessment.repository.JsonColumns;
import org.microcred.events.assessment.CriterionScore;
import org.microcred.events.assessment.Decision;
import org.microcred.events.submission.EvidenceArtifact;
import org.microcred.events.submission.WrittenAnswer;

/**
 * One submitted attempt to be judged against its micro-credential's rubric. It copies what the
 * submission event said about the earner and the evidence, so the decision event is complete.
 */
@Entity
@Table(name = "assessment_task")
public class AssessmentTask {

    public enum Status { PENDING, DECIDED }

    @Id
    public UUID id;

    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "submission_id")
    public UUID submissionId;

    @Column(name = "enrolment_id")
    public UUID enrolmentId;

    @Column(name = "achievement_id")
    public UUID achievementId;

    @Column(name = "achievement_version")
    public int achievementVersion;

    @Column(name = "earner_id")
    public String earnerId;

    @Column(name = "earner_email")
    public String earnerEmail;

    @Column(name = "earner_name")
    public String earnerName;

    public int attempt;

    @Convert(converter = JsonColumns.Answers.class)
    public List<WrittenAnswer> answers;

    @Convert(converter = JsonColumns.Artifacts.class)
    public List<EvidenceArtifact> artifacts;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    /** When the earner enrolled: the start of the activity; null if the submission event lacked it. */
    @Column(name = "enrolled_at")
    public Instant enrolledAt;

    @Column(name = "created_at")
    public Instant createdAt;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Enumerated(EnumType.STRING)
    public Decision decision;

    @Convert(converter = JsonColumns.Scores.class)
    public List<CriterionScore> scores;

    public String feedback;

    @Column(name = "assessor_id")
    public String assessorId;

    @Column(name = "decided_at")
    public Instant decidedAt;

    public boolean isDecided() {
        return status == Status.DECIDED;
    }

    public void decide(Decision outcome, List<CriterionScore> criterionScores, String overallFeedback,
            String assessor, Instant at) {
        status = Status.DECIDED;
        decision = outcome;
        scores = List.copyOf(criterionScores);
        feedback = overallFeedback;
        assessorId = assessor;
        decidedAt = at;
    }

    /** How long the earner waited (or still waits) for a judgement. */
    public Duration waiting(Instant now) {
        Instant end = decidedAt != null ? decidedAt : now;
        return end.isAfter(submittedAt) ? Duration.between(submittedAt, end) : Duration.ZERO;
    }
}
