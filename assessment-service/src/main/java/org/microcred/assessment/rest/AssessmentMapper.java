package org.microcred.assessment.rest;

import static org.microcred.assessment.RubricPoints.plain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.microcred.assessment.AchievementVersion;
import org.microcred.assessment.AssessmentTask;
import org.microcred.assessment.AssessmentTask.Status;
import org.microcred.assessment.DecisionRule;
import org.microcred.assessment.Judgement;
import org.microcred.assessment.service.TaskDetails;
import org.microcred.events.assessment.CriterionScore;
import org.microcred.events.catalogue.RubricCriterion;
import org.microcred.events.catalogue.RubricLevel;

/** From tasks (with their versions) to the API's records. */
final class AssessmentMapper {

    /** Who is looking: evidence and judgements depend on it. */
    record Viewer(String userId, boolean issuerAdmin) {
    }

    private AssessmentMapper() {
    }

    static QueueItemView toQueueItem(TaskDetails found, Instant now) {
        AssessmentTask t = found.task();
        Deadline d = Deadline.of(t, found.version(), now);
        return new QueueItemView(t.id, t.submissionId, t.enrolmentId, t.achievementId, t.achievementVersion,
                name(found.version()), t.earnerName, t.attempt, t.submittedAt, t.waiting(now).toHours(),
                d.targetDays(), d.dueBy(), d.overdue(), t.status.name(), t.assignedTo, t.secondMarker);
    }

    static AssessmentView toView(TaskDetails found, Viewer viewer, Instant now) {
        AssessmentTask t = found.task();
        AchievementVersion v = found.version();
        Deadline d = Deadline.of(t, v, now);
        boolean holder = viewer.userId().equals(t.assignedTo) || viewer.userId().equals(t.secondMarker);
        boolean evidence = viewer.issuerAdmin() || holder;
        // Second marking is blind: a marker sees the other's judgement only once the decision is final.
        List<AssessmentView.JudgementView> judgements = found.judgements().stream()
                .filter(j -> viewer.issuerAdmin() || viewer.userId().equals(j.assessorId) || holder && t.isDecided())
                .map(AssessmentMapper::toJudgementView).toList();
        return new AssessmentView(t.id, t.basis, t.submissionId, t.enrolmentId, t.achievementId, t.achievementVersion,
                name(v), t.earnerId, t.earnerName, t.earnerEmail, t.attempt, t.status.name(), t.submittedAt,
                t.waiting(now).toHours(), d.targetDays(), d.dueBy(), d.overdue(),
                v != null ? v.maxAttempts : AchievementVersion.DEFAULT_MAX_ATTEMPTS, t.assignedTo, t.secondMarker,
                evidence ? t.answers : null, evidence ? t.artifacts : null, evidence ? t.links : null,
                v != null ? v.rubric : null, t.decision != null ? t.decision.name() : null, t.scores, t.feedback,
                plain(t.totalPoints), plain(t.maxPoints), plain(t.score), t.assessorId, t.markersAgreed, judgements,
                t.decidedAt);
    }

    private static AssessmentView.JudgementView toJudgementView(Judgement j) {
        return new AssessmentView.JudgementView(j.role, j.assessorId, j.outcome.name(), j.scores, j.feedback,
                plain(j.totalPoints), plain(j.maxPoints), j.decidedAt);
    }

    static FeedbackView toFeedback(TaskDetails found) {
        AssessmentTask t = found.task();
        boolean decided = t.isDecided();
        List<FeedbackView.CriterionFeedback> scores = !decided || t.scores == null ? null
                : t.scores.stream().map(s -> criterionFeedback(found.version(), s)).toList();
        return new FeedbackView(t.id, t.submissionId, t.enrolmentId, t.achievementId, t.achievementVersion,
                name(found.version()), t.attempt, t.basis, earnerStatus(t.status), t.submittedAt,
                decided ? t.decision.name() : null, scores, decided ? t.feedback : null,
                decided ? plain(t.totalPoints) : null, decided ? plain(t.maxPoints) : null, plain(t.score), t.decidedAt);
    }

    /** The earner is not told that an award waits for a second marker: it is still in review. */
    private static String earnerStatus(Status status) {
        return switch (status) {
            case AWAITING_SECOND_MARK, SECOND_REVIEW -> Status.IN_REVIEW.name();
            default -> status.name();
        };
    }

    private static FeedbackView.CriterionFeedback criterionFeedback(AchievementVersion version, CriterionScore score) {
        RubricCriterion criterion = version == null || version.rubric == null ? null : version.rubric.criteria()
                .stream().filter(c -> c.id().equals(score.criterionId())).findFirst().orElse(null);
        if (criterion == null) {
            return new FeedbackView.CriterionFeedback(score.criterionId(), null, score.levelId(), null, null,
                    score.feedback());
        }
        String levelName = criterion.levels().stream().filter(l -> l.id().equals(score.levelId()))
                .map(RubricLevel::name).findFirst().orElse(null);
        return new FeedbackView.CriterionFeedback(criterion.id(), criterion.name(), score.levelId(), levelName,
                DecisionRule.meets(criterion, score.levelId()), score.feedback());
    }

    private static String name(AchievementVersion version) {
        return version != null ? version.name : null;
    }

    /** The feedback target of a task: due {@code targetDays} after submission. */
    record Deadline(int targetDays, Instant dueBy, boolean overdue) {
        static Deadline of(AssessmentTask t, AchievementVersion v, Instant now) {
            int days = v != null ? v.feedbackTargetDays : AchievementVersion.DEFAULT_FEEDBACK_TARGET_DAYS;
            Instant due = t.submittedAt.plus(Duration.ofDays(days));
            boolean overdue = switch (t.status) {
                case DECIDED -> t.decidedAt != null && t.decidedAt.isAfter(due);
                case WITHDRAWN -> false;
                default -> now.isAfter(due);
            };
            return new Deadline(days, due, overdue);
        }
    }
}
