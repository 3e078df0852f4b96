package org.microcred.assessment.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.microcred.assessment.AchievementRubric;
import org.microcred.assessment.AssessmentTask;
import org.microcred.assessment.DecisionRule;
import org.microcred.assessment.repository.AchievementRubricRepository;
import org.microcred.assessment.repository.AssessmentTaskRepository;
import org.microcred.events.assessment.AssessmentDecided;
import org.microcred.events.assessment.CriterionScore;
import org.microcred.events.assessment.Decision;
import org.microcred.support.outbox.Outbox;
import org.microcred.support.problem.ProblemException;

/** An assessor's judgement of one task: scores, feedback and decision, committed with their event. */
@ApplicationScoped
public class DecisionService {

    /** What the assessor sends; {@code requested} is null when the rubric alone decides. */
    public record Judgement(List<CriterionScore> scores, String feedback, Decision requested) {
    }

    private final AssessmentTaskRepository tasks;
    private final AchievementRubricRepository rubrics;
    private final Outbox outbox;

    public DecisionService(AssessmentTaskRepository tasks, AchievementRubricRepository rubrics, Outbox outbox) {
        this.tasks = tasks;
        this.rubrics = rubrics;
        this.outbox = outbox;
    }

    /**
     * Decides a pending task. The task row stays locked until the commit, so a second decision
     * racing this one waits and then answers 409.
     */
    @WithTransaction
    public Uni<TaskWithRubric> decide(String tenantId, String assessorId, UUID taskId, Judgement judgement) {
        return tasks.findInTenantForDecision(tenantId, taskId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Assessment", taskId))
                .invoke(task -> refuseIfNotDecidable(task, assessorId))
                .chain(task -> rubrics.findVersion(tenantId, task.achievementId, task.achievementVersion)
                        .onItem().ifNull().failWith(() -> new ProblemException(409, "rubric-not-yet-known",
                                "Rubric not yet known", "The rubric of version " + task.achievementVersion
                                        + " of this micro-credential has not arrived yet; retry shortly"))
                        .chain(rubric -> record(task, rubric, assessorId, judgement)));
    }

    private static void refuseIfNotDecidable(AssessmentTask task, String assessorId) {
        if (task.earnerId.equals(assessorId)) {
            throw new ProblemException(403, "self-assessment", "Self-assessment refused",
                    "You submitted this evidence, so another assessor must judge it");
        }
        if (task.isDecided()) {
            throw ProblemException.conflict("already-decided",
                    "This assessment was decided at " + task.decidedAt + " (" + task.decision + ")");
        }
    }

    private Uni<TaskWithRubric> record(AssessmentTask task, AchievementRubric rubric, String assessorId,
            Judgement judgement) {
        DecisionRule.Verdict verdict = DecisionRule.decide(rubric.rubric, judgement.scores(), judgement.requested());
        if (!verdict.isValid()) {
            return Uni.createFrom().failure(
                    ProblemException.invalid("The scores or the outcome do not fit the rubric", verdict.errors()));
        }
        task.decide(verdict.decision(), judgement.scores(), judgement.feedback(), assessorId, Instant.now());
        String enrolment = task.enrolmentId.toString();
        // Keyed (and, as the event contract's samples do, subjected) by the enrolment, so the
        // journey's events stay in order on one partition.
        return outbox.add(task.tenantId, enrolment, enrolment, toEvent(task))
                .replaceWith(new TaskWithRubric(task, rubric));
    }

    private static AssessmentDecided toEvent(AssessmentTask t) {
        return new AssessmentDecided(t.id, t.submissionId, t.enrolmentId, t.achievementId, t.achievementVersion,
                t.earnerId, t.earnerEmail, t.earnerName, t.attempt, t.decision, t.scores, t.feedback, t.assessorId,
                t.artifacts, t.decidedAt, t.enrolledAt, t.submittedAt);
    }
}
