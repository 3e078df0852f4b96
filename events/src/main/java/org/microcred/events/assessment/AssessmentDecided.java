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
 * {@code submissionId} and {@code assessorId} null, {@code score} the reported score). It carries the scores, the
 * feedback and the evidence, so the credential that may follow can state its results without asking another
 * service. Build one with {@link #builder()}: the canonical constructor takes 22 positional arguments.
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

    /** An empty builder: every field null (0 for the version and the attempt) until set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this decision's fields, to make a changed copy. */
    public Builder toBuilder() {
        return new Builder()
                .assessmentId(assessmentId).submissionId(submissionId).enrolmentId(enrolmentId)
                .achievement(achievementId, achievementVersion)
                .earner(earnerId, earnerEmail, earnerName)
                .attempt(attempt).decision(decision).scores(scores).feedback(feedback).assessorId(assessorId)
                .evidence(evidence).decidedAt(decidedAt).enrolledAt(enrolledAt).submittedAt(submittedAt)
                .links(links).basis(basis).score(score).secondAssessorId(secondAssessorId)
                .markersAgreed(markersAgreed);
    }

    /** Names each field of a decision; {@link #build()} makes the record (no field is checked here). */
    public static final class Builder {
        private UUID assessmentId;
        private UUID submissionId;
        private UUID enrolmentId;
        private UUID achievementId;
        private int achievementVersion;
        private String earnerId;
        private String earnerEmail;
        private String earnerName;
        private int attempt;
        private Decision decision;
        private List<CriterionScore> scores;
        private String feedback;
        private String assessorId;
        private List<EvidenceArtifact> evidence;
        private Instant decidedAt;
        private Instant enrolledAt;
        private Instant submittedAt;
        private List<EvidenceLink> links;
        private String basis;
        private BigDecimal score;
        private String secondAssessorId;
        private Boolean markersAgreed;

        private Builder() {
        }

        public Builder assessmentId(UUID value) {
            assessmentId = value;
            return this;
        }

        public Builder submissionId(UUID value) {
            submissionId = value;
            return this;
        }

        public Builder enrolmentId(UUID value) {
            enrolmentId = value;
            return this;
        }

        public Builder achievementId(UUID value) {
            achievementId = value;
            return this;
        }

        public Builder achievementVersion(int value) {
            achievementVersion = value;
            return this;
        }

        /** The achievement version judged. */
        public Builder achievement(UUID id, int version) {
            return achievementId(id).achievementVersion(version);
        }

        public Builder earnerId(String value) {
            earnerId = value;
            return this;
        }

        public Builder earnerEmail(String value) {
            earnerEmail = value;
            return this;
        }

        public Builder earnerName(String value) {
            earnerName = value;
            return this;
        }

        /** The earner's id, email and name. */
        public Builder earner(String id, String email, String name) {
            return earnerId(id).earnerEmail(email).earnerName(name);
        }

        public Builder attempt(int value) {
            attempt = value;
            return this;
        }

        public Builder decision(Decision value) {
            decision = value;
            return this;
        }

        public Builder scores(List<CriterionScore> value) {
            scores = value;
            return this;
        }

        public Builder feedback(String value) {
            feedback = value;
            return this;
        }

        public Builder assessorId(String value) {
            assessorId = value;
            return this;
        }

        public Builder evidence(List<EvidenceArtifact> value) {
            evidence = value;
            return this;
        }

        public Builder decidedAt(Instant value) {
            decidedAt = value;
            return this;
        }

        public Builder enrolledAt(Instant value) {
            enrolledAt = value;
            return this;
        }

        public Builder submittedAt(Instant value) {
            submittedAt = value;
            return this;
        }

        public Builder links(List<EvidenceLink> value) {
            links = value;
            return this;
        }

        public Builder basis(String value) {
            basis = value;
            return this;
        }

        public Builder score(BigDecimal value) {
            score = value;
            return this;
        }

        public Builder secondAssessorId(String value) {
            secondAssessorId = value;
            return this;
        }

        public Builder markersAgreed(Boolean value) {
            markersAgreed = value;
            return this;
        }

        public AssessmentDecided build() {
            return new AssessmentDecided(assessmentId, submissionId, enrolmentId, achievementId, achievementVersion,
                    earnerId, earnerEmail, earnerName, attempt, decision, scores, feedback, assessorId, evidence,
                    decidedAt, enrolledAt, submittedAt, links, basis, score, secondAssessorId, markersAgreed);
        }
    }
}
