package org.microcred.assessment.rest;

import java.time.Instant;
import java.util.List;
import org.microcred.assessment.AchievementRubric;
import org.microcred.assessment.AssessmentTask;
import org.microcred.assessment.DecisionRule;
import org.microcred.assessment.service.TaskWithRubric;
import org.microcred.events.assessment.CriterionScore;
import org.microcred.events.catalogue.RubricCriterion;
import org.microcred.events.catalogue.RubricLevel;

/** From tasks (and their rubrics) to the API's records. */
final class AssessmentMapper {

    private AssessmentMapper() {
    }

    static QueueItemView toQueueItem(TaskWithRubric found, Instant now) {
        AssessmentTask t = found.task();
        return new QueueItemView(t.id, t.submissionId, t.enrolmentId, t.achievementId, t.achievementVersion,
                name(found.rubric()), t.earnerName, t.attempt, t.status.name(), t.submittedAt,
                t.waiting(now).toHours());
    }

    static AssessmentView toView(TaskWithRubric found, Instant now) {
        AssessmentTask t = found.task();
        AchievementRubric r = found.rubric();
        return new AssessmentView(t.id, t.submissionId, t.enrolmentId, t.achievementId, t.achievementVersion,
                name(r), t.earnerId, t.earnerName, t.earnerEmail, t.attempt, t.status.name(), t.submittedAt,
                t.waiting(now).toHours(), t.answers, t.artifacts, r != null ? r.rubric : null,
                t.decision != null ? t.decision.name() : null, t.scores, t.feedback, t.assessorId, t.decidedAt);
    }

    static FeedbackView toFeedback(TaskWithRubric found) {
        AssessmentTask t = found.task();
        List<FeedbackView.CriterionFeedback> scores = t.scores == null ? null
                : t.scores.stream().map(s -> criterionFeedback(found.rubric(), s)).toList();
        return new FeedbackView(t.id, t.submissionId, t.achievementId, t.achievementVersion, name(found.rubric()),
                t.attempt, t.status.name(), t.submittedAt, t.decision != null ? t.decision.name() : null, scores,
                t.feedback, t.decidedAt);
    }

    private static FeedbackView.CriterionFeedback criterionFeedback(AchievementRubric rubric, CriterionScore score) {
        RubricCriterion criterion = rubric == null ? null : rubric.rubric.criteria().stream()
                .filter(c -> c.id().equals(score.criterionId())).findFirst().orElse(null);
        if (criterion == null) {
            return new FeedbackView.CriterionFeedback(score.criterionId(), null, score.levelId(), null, null,
                    score.feedback());
        }
        String levelName = criterion.levels().stream().filter(l -> l.id().equals(score.levelId()))
                .map(RubricLevel::name).findFirst().orElse(null);
        return new FeedbackView.CriterionFeedback(criterion.id(), criterion.name(), score.levelId(), levelName,
                DecisionRule.meets(criterion, score.levelId()), score.feedback());
    }

    private static String name(AchievementRubric rubric) {
        return rubric != null ? rubric.name : null;
    }
}
