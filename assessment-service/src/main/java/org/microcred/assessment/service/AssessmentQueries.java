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
import org.microcred.assessment.AchievementVersion;
import org.microcred.assessment.AssessmentTask;
import org.microcred.assessment.repository.AchievementVersionRepository;
import org.microcred.assessment.repository.AssessmentTaskRepository;
import org.microcred.assessment.repository.AssessmentTaskRepository.QueueFilter;
import org.microcred.assessment.repository.JudgementRepository;
import org.microcred.support.problem.ProblemException;

/** What assessors and earners read: the queue, one task, and an earner's own feedback. */
@ApplicationScoped
public class AssessmentQueries {

    /** One page of tasks with their versions, and how many match in all. */
    public record Page(List<TaskDetails> items, long total) {
    }

    private final AssessmentTaskRepository tasks;
    private final AchievementVersionRepository versions;
    private final JudgementRepository judgements;

    public AssessmentQueries(AssessmentTaskRepository tasks, AchievementVersionRepository versions,
            JudgementRepository judgements) {
        this.tasks = tasks;
        this.versions = versions;
        this.judgements = judgements;
    }

    @WithSession
    public Uni<Page> queue(String tenantId, QueueFilter filter, int limit, int offset) {
        return tasks.queue(tenantId, filter, limit, offset)
                .chain(page -> withVersions(tenantId, page.tasks()).map(items -> new Page(items, page.total())));
    }

    /** One task with its version and judgements. */
    @WithSession
    public Uni<TaskDetails> get(String tenantId, UUID id) {
        return tasks.findInTenant(tenantId, id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Assessment", id))
                .chain(this::details);
    }

    /** Fails with 404 unless the tenant has this task: for checks that must come before anything else. */
    @WithSession
    public Uni<Void> requireTask(String tenantId, UUID id) {
        return tasks.findInTenant(tenantId, id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Assessment", id))
                .replaceWithVoid();
    }

    /** The task's version and judgements, read in the caller's session (or transaction). */
    Uni<TaskDetails> details(AssessmentTask task) {
        return versions.findVersion(task.tenantId, task.achievementId, task.achievementVersion)
                .chain(version -> judgements.forTask(task.id).map(made -> new TaskDetails(task, version, made)));
    }

    /** The earner's own submission only: anyone else's answers 404, as a missing one does. */
    @WithSession
    public Uni<TaskDetails> forEarner(String tenantId, String earnerId, UUID submissionId) {
        return tasks.findForEarner(tenantId, earnerId, submissionId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Assessment of submission", submissionId))
                .chain(task -> versions.findVersion(tenantId, task.achievementId, task.achievementVersion)
                        .map(version -> new TaskDetails(task, version)));
    }

    /**
     * The final decisions of the earner's own enrolment, oldest attempt first. An enrolment this
     * service has no work of, or another earner's, answers 404; one still waiting answers no items.
     */
    @WithSession
    public Uni<Page> feedback(String tenantId, String earnerId, UUID enrolmentId, int limit, int offset) {
        return tasks.findByEnrolment(tenantId, enrolmentId).chain(all -> {
            if (all.isEmpty() || all.stream().anyMatch(t -> !earnerId.equals(t.earnerId))) {
                return Uni.createFrom().failure(ProblemException.notFound("Assessment of enrolment", enrolmentId));
            }
            List<AssessmentTask> decided = all.stream().filter(AssessmentTask::isDecided).toList();
            List<AssessmentTask> page = decided.stream().skip(offset).limit(limit).toList();
            return withVersions(tenantId, page).map(items -> new Page(items, decided.size()));
        });
    }

    private Uni<List<TaskDetails>> withVersions(String tenantId, List<AssessmentTask> found) {
        Set<UUID> achievementIds = found.stream().map(t -> t.achievementId).collect(Collectors.toSet());
        return versions.findAll(tenantId, achievementIds).map(known -> {
            Map<AchievementVersion.Key, AchievementVersion> byKey = known.stream()
                    .collect(Collectors.toMap(v -> new AchievementVersion.Key(v.tenantId, v.achievementId, v.version),
                            Function.identity()));
            return found.stream()
                    .map(t -> new TaskDetails(t, byKey.get(new AchievementVersion.Key(t.tenantId, t.achievementId,
                            t.achievementVersion))))
                    .toList();
        });
    }
}
