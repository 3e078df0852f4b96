package org.microcred.assessment.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.microcred.assessment.AchievementVersion;
import org.microcred.assessment.AssessmentTask;
import org.microcred.assessment.DecisionRule;
import org.microcred.assessment.Judgement;
import org.microcred.assessment.RubricPoints;
import org.microcred.assessment.SecondMarkingPolicy;
import org.microcred.assessment.TaskRules;
import org.microcred.assessment.repository.AchievementVersionRepository;
import org.microcred.assessment.repository.AssessmentTaskRepository;
import org.microcred.assessment.repository.JudgementRepository;
import org.microcred.events.assessment.CriterionScore;
import org.microcred.events.assessment.Decision;
import org.microcred.support.audit.AuditActor;
import org.microcred.support.problem.ProblemException;

/**
 * A marker's judgement of the task they hold: scores, feedback and outcome. A final decision is
 * committed with its event; an award picked for second marking waits, unpublished, for a second
 * marker, whose decision is then final. Each judgement is recorded in the audit trail ({@link AssessmentAudit}).
 */
@ApplicationScoped
public class DecisionService {

    /** What the assessor sends; {@code requested} is null when the rubric alone decides. */
    public record Judged(List<CriterionScore> scores, String feedback, Decision requested) {
    }

    private final AssessmentTaskRepository tasks;
    private final AchievementVersionRepository versions;
    private final JudgementRepository judgements;
    private final AssessmentEvents events;
    private final AssessmentAudit audit;

    public DecisionService(AssessmentTaskRepository tasks, AchievementVersionRepository versions,
            JudgementRepository judgements, AssessmentEvents events, AssessmentAudit audit) {
        this.tasks = tasks;
        this.versions = versions;
        this.judgements = judgements;
        this.events = events;
        this.audit = audit;
    }

    /**
     * The task row stays locked until the commit, so a second decision racing this one waits and
     * then answers 409.
     */
    @WithTransaction
    public Uni<TaskDetails> decide(AuditActor actor, String tenantId, String assessorId, UUID taskId,
            Judged judged) {
        return tasks.findInTenantForUpdate(tenantId, taskId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Assessment", taskId))
                .chain(task -> {
                    String role = TaskRules.mayDecide(task, assessorId);
                    return versions.findVersion(tenantId, task.achievementId, task.achievementVersion)
                            .onItem().ifNull().failWith(() -> new ProblemException(409, "rubric-not-yet-known",
                                    "Rubric not yet known", "The rubric of version " + task.achievementVersion
                                            + " of this micro-credential has not arrived yet; retry shortly"))
                            .chain(version -> judgements.forTask(task.id)
                                    .chain(earlier -> record(actor, task, version, role, assessorId, judged,
                                            earlier)));
                });
    }

    private Uni<TaskDetails> record(AuditActor actor, AssessmentTask task, AchievementVersion version, String role,
            String assessorId, Judged judged, List<Judgement> earlier) {
        if (version.rubric == null) {
            throw ProblemException.conflict("no-rubric", "This micro-credential is earned by progress, not judged");
        }
        DecisionRule.Verdict verdict = DecisionRule.decide(version.rubric, judged.scores(), judged.requested(),
                task.attempt, version.maxAttempts);
        if (!verdict.isValid()) {
            throw refusal(verdict);
        }
        Instant now = Instant.now();
        Judgement judgement = Judgement.of(task, role, assessorId, verdict.decision(), judged.scores(),
                judged.feedback(), RubricPoints.of(version.rubric, judged.scores()), now);
        List<Judgement> all = new ArrayList<>(earlier);
        all.add(judgement);
        ObjectNode before = AssessmentAudit.holders(task);
        Judgement first = earlier.stream().filter(j -> Judgement.FIRST.equals(j.role)).findFirst().orElse(null);
        Uni<Void> outcome;
        if (Judgement.FIRST.equals(role)) {
            task.assessorId = assessorId;
            outcome = verdict.decision() == Decision.AWARD
                    && SecondMarkingPolicy.required(version.secondMarkingMode, version.secondMarkingPercent, task.id)
                    ? awaitSecondMark(task) : finalise(task, judgement, null, now);
        } else {
            boolean agreed = first != null && first.outcome == judgement.outcome;
            outcome = finalise(task, judgement, agreed, now);
        }
        return judgements.persist(judgement).chain(() -> outcome)
                .chain(() -> audit.judged(actor, task, version, before, judgement,
                        Judgement.SECOND.equals(role) ? first : null))
                .replaceWith(new TaskDetails(task, version, all));
    }

    private static Uni<Void> awaitSecondMark(AssessmentTask task) {
        // Not final, so not published: the earner sees "in review" until the second marker decides.
        task.status = AssessmentTask.Status.AWAITING_SECOND_MARK;
        return Uni.createFrom().voidItem();
    }

    private Uni<Void> finalise(AssessmentTask task, Judgement judgement, Boolean markersAgreed, Instant now) {
        task.markersAgreed = markersAgreed;
        task.decide(judgement, now);
        return events.decided(task);
    }

    private static ProblemException refusal(DecisionRule.Verdict verdict) {
        return switch (verdict.refusal()) {
            case SCORES -> new ProblemException(422, "scores-do-not-fit-rubric", "Scores do not fit the rubric",
                    "Score every criterion of the rubric exactly once, with one of its own levels", verdict.errors());
            case OUTCOME -> new ProblemException(422, "outcome-contradicts-rubric", "Outcome contradicts the rubric",
                    "The outcome asked for is not what the scores give", verdict.errors());
            case NO_ATTEMPT_LEFT -> new ProblemException(422, "no-attempt-left", "No attempt left",
                    "This was the last attempt allowed: the decision is DENY", verdict.errors());
        };
    }
}
