package org.microcred.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.microcred.assessment.repository.JsonColumns;
import org.microcred.events.assessment.CriterionScore;
import org.microcred.events.assessment.Decision;
import org.microcred.events.submission.EvidenceArtifact;
import org.microcred.events.submission.EvidenceLink;
import org.microcred.events.submission.WrittenAnswer;
import org.microcred.support.persistence.EventColumns;

/**
 * One submitted attempt to be judged against its micro-credential's rubric (basis {@code rubric}),
 * or one decision taken from an LMS report (basis {@code progress}). It copies what the source
 * event said about the earner and the evidence, so the decision event is complete. The decision
 * fields hold the FINAL decision only; each marker's judgement is a {@link Judgement}.
 */
@Entity
@Table(name = "assessment_task")
public class AssessmentTask {

    public enum Status {
        /** Waiting for an assessor to claim it (or an issuer-admin to assign it). */
        PENDING,
        /** Held by its first marker. */
        IN_REVIEW,
        /** The first marker awarded it; a second marker must confirm before it is final. */
        AWAITING_SECOND_MARK,
        /** Held by its second marker. */
        SECOND_REVIEW,
        /** Final: the decision was published. */
        DECIDED,
        /** The enrolment ended before a final decision. */
        WITHDRAWN;

        /** The states in which the task still waits for someone's work. */
        public static final Set<Status> OPEN = EnumSet.of(PENDING, IN_REVIEW, AWAITING_SECOND_MARK, SECOND_REVIEW);
        /** The open states in which nobody holds the next step: never claimed, or awaiting a second marker. */
        public static final Set<Status> UNHELD = EnumSet.of(PENDING, AWAITING_SECOND_MARK);
    }

    public static final String RUBRIC = "rubric";
    public static final String PROGRESS = "progress";

    @Id
    public UUID id;

    @Column(name = "tenant_id")
    public String tenantId;

    public String basis;

    /** Null for a progress decision. */
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

    @Convert(converter = EventColumns.Answers.class)
    public List<WrittenAnswer> answers;

    @Convert(converter = JsonColumns.Artifacts.class)
    public List<EvidenceArtifact> artifacts;

    @Convert(converter = JsonColumns.Links.class)
    public List<EvidenceLink> links;

    /** When the attempt was submitted (progress: when the LMS activity occurred). */
    @Column(name = "submitted_at")
    public Instant submittedAt;

    /** When the earner enrolled: the start of the activity; null if the source event lacked it. */
    @Column(name = "enrolled_at")
    public Instant enrolledAt;

    @Column(name = "created_at")
    public Instant createdAt;

    @Enumerated(EnumType.STRING)
    public Status status;

    /** The first marker: who holds (or held) the task for its first judgement. */
    @Column(name = "assigned_to")
    public String assignedTo;

    /** The second marker, once one claimed or was assigned the second judgement. */
    @Column(name = "second_marker")
    public String secondMarker;

    /** The sequence of the latest {@code assessment.assigned} of this task. */
    @Column(name = "assignment_sequence")
    public long assignmentSequence;

    @Enumerated(EnumType.STRING)
    public Decision decision;

    @Convert(converter = EventColumns.Scores.class)
    public List<CriterionScore> scores;

    public String feedback;

    /** The first marker whose judgement was recorded (null for progress decisions). */
    @Column(name = "assessor_id")
    public String assessorId;

    @Column(name = "markers_agreed")
    public Boolean markersAgreed;

    @Column(name = "total_points")
    public BigDecimal totalPoints;

    @Column(name = "max_points")
    public BigDecimal maxPoints;

    /** Progress only: the reported score (0 to 100), the activity and the report decided. */
    public BigDecimal score;

    @Column(name = "activity_id")
    public String activityId;

    @Column(name = "report_id")
    public UUID reportId;

    @Column(name = "decided_at")
    public Instant decidedAt;

    public boolean isDecided() {
        return status == Status.DECIDED;
    }

    /** Whoever holds the current step: the first marker in review, the second in second review. */
    public String holder() {
        return switch (status) {
            case IN_REVIEW -> assignedTo;
            case SECOND_REVIEW -> secondMarker;
            default -> null;
        };
    }

    /** Records the final decision, taken from the judgement that made it final. */
    public void decide(Judgement finalJudgement, Instant at) {
        status = Status.DECIDED;
        decision = finalJudgement.outcome;
        scores = List.copyOf(finalJudgement.scores);
        feedback = finalJudgement.feedback;
        totalPoints = finalJudgement.totalPoints;
        maxPoints = finalJudgement.maxPoints;
        decidedAt = at;
    }

    /** The next sequence number of an {@code assessment.assigned} of this task. */
    public long nextAssignmentSequence() {
        return ++assignmentSequence;
    }

    /** How long the earner waited (or still waits) for a final judgement. */
    public Duration waiting(Instant now) {
        Instant end = decidedAt != null ? decidedAt : now;
        return end.isAfter(submittedAt) ? Duration.between(submittedAt, end) : Duration.ZERO;
    }
}
