package org.microcred.enrolment.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.microcred.enrolment.CredentialStatus;
import org.microcred.enrolment.Journey;
import org.microcred.enrolment.JourneyFeedback;
import org.microcred.enrolment.JourneyStep;
import org.microcred.enrolment.pathway.PathwayProgress;
import org.microcred.enrolment.pathway.PathwayProgressItem;
import org.microcred.events.assessment.CriterionScore;

/** The dashboard as the API shows it. */
public final class DashboardViews {

    private DashboardViews() {
    }

    public record Dashboard(List<JourneyView> journeys, List<PathwayView> pathways, long total, int limit,
            int offset) {
    }

    /**
     * One journey; {@code steps} (its timeline) only when one journey is asked for.
     * {@code credentialStatus}: ACTIVE, SUSPENDED or REVOKED once a credential is issued, else null.
     * {@code release}: for an award of a micro-credential with a release gate, AWAITING_RELEASE ("awarded, awaiting
     * release"), UNDER_REVIEW (held back by a release-manager; {@code releaseNote} is their reason when they shared
     * it) or RELEASED; null otherwise.
     */
    public record JourneyView(UUID enrolmentId, UUID achievementId, int achievementVersion, String achievementName,
            String enrolmentStatus, String stage, int attempt, String nextAction, Instant enrolledAt,
            Instant updatedAt, Instant lastSubmittedAt, Instant feedbackDueBy, Instant decidedAt,
            String latestFeedback, List<FeedbackView> feedback, UUID credentialId, String credentialStatus,
            UUID shareId, @JsonInclude(JsonInclude.Include.NON_NULL) List<StepView> steps, String release,
            String releaseNote) {

        /** {@code status}: the credential's announced status (null: none announced, so ACTIVE). */
        public static JourneyView of(Journey j, CredentialStatus.Status status, List<FeedbackView> feedback,
                List<StepView> steps) {
            String credentialStatus = j.credentialId == null ? null
                    : (status == null ? CredentialStatus.Status.ACTIVE : status).name();
            return new JourneyView(j.enrolmentId, j.achievementId, j.achievementVersion, j.achievementName,
                    j.enrolmentStatus == null ? null : j.enrolmentStatus.name(), j.stage.name(), j.attempt,
                    nextAction(j, status), j.enrolledAt, j.updatedAt, j.lastSubmittedAt, j.feedbackDueBy(),
                    j.decidedAt, j.latestFeedback, feedback, j.credentialId, credentialStatus, j.shareId, steps,
                    j.releaseState == null ? null : j.releaseState.name(), j.releaseNote);
        }

        /** A revoked or suspended credential is not to be shared: the earner hears from the institution. */
        private static String nextAction(Journey j, CredentialStatus.Status status) {
            if (j.credentialId != null && status == CredentialStatus.Status.REVOKED) {
                return "Contact your institution: your credential was revoked";
            }
            if (j.credentialId != null && status == CredentialStatus.Status.SUSPENDED) {
                return "Contact your institution: your credential is suspended";
            }
            return j.nextAction();
        }
    }

    /** A decided attempt: the decision, the overall feedback and the level and feedback per criterion. */
    public record FeedbackView(int attempt, String decision, String basis, String feedback, BigDecimal score,
            List<ScoreView> scores, Instant decidedAt) {

        public static FeedbackView of(JourneyFeedback f) {
            List<ScoreView> scores = f.scores == null ? List.of() : f.scores.stream().map(ScoreView::of).toList();
            return new FeedbackView(f.attempt, f.decision, f.basis, f.feedback, f.score, scores, f.decidedAt);
        }
    }

    public record ScoreView(String criterionId, String levelId, String feedback) {
        static ScoreView of(CriterionScore s) {
            return new ScoreView(s.criterionId(), s.levelId(), s.feedback());
        }
    }

    public record StepView(String stage, int attempt, Instant at, String detail) {
        public static StepView of(JourneyStep s) {
            return new StepView(s.stage.name(), s.attempt, s.occurredAt, s.detail);
        }
    }

    /**
     * "3 of 5 toward Data Analyst Certificate". {@code status}: PUBLISHED, or RETIRED (no longer
     * offered; progress made stays shown); {@code credentialStatus} of the stacked credential.
     */
    public record PathwayView(UUID pathwayId, int version, String name, String status, int earned, int required,
            boolean complete, UUID credentialId, String credentialStatus, List<PathwayItemView> items) {

        public static PathwayView of(PathwayProgress p) {
            List<PathwayItemView> items = p.items() == null ? List.of()
                    : p.items().stream().map(PathwayItemView::of).toList();
            return new PathwayView(p.pathwayId(), p.version(), p.name(), p.status(), p.earned(), p.required(),
                    p.complete(), p.credentialId(), p.credentialStatus(), items);
        }
    }

    /** {@code recognised}: the credential from elsewhere that makes a micro-credential count, or null. */
    public record PathwayItemView(String kind, UUID id, String name, boolean earned,
            PathwayProgressItem.Recognised recognised) {
        static PathwayItemView of(PathwayProgressItem i) {
            return new PathwayItemView(i.kind(), i.id(), i.name(), i.earned(), i.recognised());
        }
    }
}
