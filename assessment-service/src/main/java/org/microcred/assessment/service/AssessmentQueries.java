package org.microcred.assessment.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.microcred.assessment.AchievementRubric;
import org.microcred.assessment.AssessmentTask;
import org.microcred.assessment.repository.AchievementRubricRepository;
import org.microcred.assessment.repository.AssessmentTaskRepository;
import org.microcred.support.problem.ProblemException;

/** What assessors and earners read: the queue, one task, and an earner's own feedback. */
@ApplicationScoped
public class AssessmentQueries {

    private final AssessmentTaskRepository tasks;
    private final AchievementRubricRepository rubrics;

    public AssessmentQueries(AssessmentTaskRepository tasks, AchievementRubricRepository rubrics) {
        this.tasks = tasks;
        this.rubrics = rubrics;
    }

    @WithSession
    public Uni<List<TaskWithRubric>> queue(String tenantId, AssessmentTask.Status status, UUID achievementId,
            UUID submissionId, int limit) {
        return tasks.queue(tenantId, status, achievementId, submissionId, limit).chain(found -> {
            Set<UUID> achievementIds = found.stream().map(t -> t.achievementId).collect(Collectors.toSet());
            return rubrics.findAll(tenantId, achievementIds).map(known -> {
                Map<AchievementRubric.Key, AchievementRubric> byKey = known.stream()
                        .collect(Collectors.toMap(r -> key(r.tenantId, r.achievementId, r.version), Function.identity()));
                return found.stream()
                        .map(t -> new TaskWithRubric(t, byKey.get(key(t.tenantId, t.achievementId, t.achievementVersion))))
                        .toList();
            });
        });
    }

    @WithSession
    public Uni<TaskWithRubric> get(String tenantId, UUID id) {
        return tasks.findInTenant(tenantId, id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Assessment", id))
                .chain(this::withRubric);
    }

    /** The earner's own submission only: anyone else's answers 404, as a missing one does. */
    @WithSession
    public Uni<TaskWithRubric> forEarner(String tenantId, String earnerId, UUID submissionId) {
        return tasks.findForEarner(tenantId, earnerId, submissionId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Assessment of submission", submissionId))
                .chain(this::withRubric);
    }

    private Uni<TaskWithRubric> withRubric(AssessmentTask task) {
        return rubrics.findVersion(task.tenantId, task.achievementId, task.achievementVersion)
                .map(rubric -> new TaskWithRubric(task, rubric));
    }

    private static AchievementRubric.Key key(String tenantId, UUID achievementId, int version) {
        return new AchievementRubric.Key(tenantId, achievementId, version);
    }
}
