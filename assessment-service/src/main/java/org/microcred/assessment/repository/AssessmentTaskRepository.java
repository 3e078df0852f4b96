package org.microcred.assessment.repository;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.microcred.assessment.AssessmentTask;
import org.microcred.assessment.AssessmentTask.Status;
import org.microcred.events.assessment.Decision;

@ApplicationScoped
public class AssessmentTaskRepository implements PanacheRepositoryBase<AssessmentTask, UUID> {

    /** Who the queue shows: tasks the caller holds (either role), tasks nobody holds, or all. */
    public enum Assignee { ME, NONE, ANY }

    /**
     * What the queue shows. {@code statuses} empty means every status; {@code achievementId} and
     * {@code submissionId} null mean any.
     */
    public record QueueFilter(Set<Status> statuses, UUID achievementId, UUID submissionId, Assignee assignee,
            String callerId) {
    }

    /** One page of the queue and how many tasks the filter matches in all. */
    public record QueuePage(List<AssessmentTask> tasks, long total) {
    }

    /** The task if it belongs to the tenant; another tenant's is as absent as a missing one. */
    public Uni<AssessmentTask> findInTenant(String tenantId, UUID id) {
        return find("tenantId = ?1 and id = ?2", tenantId, id).firstResult();
    }

    /**
     * The task, locked until the transaction ends: two assessors claiming or deciding at once are
     * served one after the other, and the second sees the first's change.
     */
    public Uni<AssessmentTask> findInTenantForUpdate(String tenantId, UUID id) {
        return find("tenantId = ?1 and id = ?2", tenantId, id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    public Uni<AssessmentTask> findByAttempt(UUID submissionId, int attempt) {
        return find("submissionId = ?1 and attempt = ?2", submissionId, attempt).firstResult();
    }

    /** The latest attempt of the earner's own submission; anyone else's is absent. */
    public Uni<AssessmentTask> findForEarner(String tenantId, String earnerId, UUID submissionId) {
        return find("tenantId = ?1 and earnerId = ?2 and submissionId = ?3",
                Sort.by("attempt", Sort.Direction.Descending), tenantId, earnerId, submissionId).firstResult();
    }

    /** Every task of an enrolment (rubric and progress), oldest attempt first. */
    public Uni<List<AssessmentTask>> findByEnrolment(String tenantId, UUID enrolmentId) {
        return list("tenantId = ?1 and enrolmentId = ?2", Sort.by("attempt").and("submittedAt").and("createdAt"),
                tenantId, enrolmentId);
    }

    /** The rubric tasks of the queue, oldest submission first, one page of them. */
    public Uni<QueuePage> queue(String tenantId, QueueFilter filter, int limit, int offset) {
        Parameters params = Parameters.with("tenantId", tenantId).and("basis", AssessmentTask.RUBRIC);
        StringBuilder query = new StringBuilder("tenantId = :tenantId and basis = :basis");
        // One status is bound as one value: Hibernate translates a query with a list-valued parameter to SQL
        // afresh at every execution, and the polled queue usually asks for one status.
        if (filter.statuses().size() == 1) {
            query.append(" and status = :status");
            params = params.and("status", filter.statuses().iterator().next());
        } else if (!filter.statuses().isEmpty()) {
            query.append(" and status in :statuses");
            params = params.and("statuses", filter.statuses());
        }
        if (filter.achievementId() != null) {
            query.append(" and achievementId = :achievementId");
            params = params.and("achievementId", filter.achievementId());
        }
        if (filter.submissionId() != null) {
            query.append(" and submissionId = :submissionId");
            params = params.and("submissionId", filter.submissionId());
        }
        switch (filter.assignee()) {
            case ME -> {
                query.append(" and (assignedTo = :caller or secondMarker = :caller)");
                params = params.and("caller", filter.callerId());
            }
            // Nobody holds the next step: never claimed, or awarded and waiting for a second marker.
            case NONE -> {
                query.append(" and status in :unheld");
                params = params.and("unheld", Status.UNHELD);
            }
            case ANY -> {
            }
        }
        String where = query.toString();
        Parameters bound = params;
        PanacheQuery<AssessmentTask> found = find(where, Sort.by("submittedAt").and("id"), bound);
        return found.range(offset, offset + limit - 1).list().chain(tasks -> {
            OptionalLong total = PageTotal.fromPage(offset, limit, tasks.size());
            return total.isPresent()
                    ? Uni.createFrom().item(new QueuePage(tasks, total.getAsLong()))
                    : find(where, bound).count().map(count -> new QueuePage(tasks, count));
        });
    }

    /** The progress decision taken from this LMS report, if any. */
    public Uni<AssessmentTask> findByReport(String tenantId, UUID reportId) {
        return find("tenantId = ?1 and reportId = ?2", tenantId, reportId).firstResult();
    }

    /** Whether the enrolment already earned its progress micro-credential. */
    public Uni<Boolean> hasProgressAward(String tenantId, UUID enrolmentId) {
        return count("tenantId = ?1 and enrolmentId = ?2 and basis = ?3 and decision = ?4", tenantId, enrolmentId,
                AssessmentTask.PROGRESS, Decision.AWARD).map(n -> n > 0);
    }

    /** Every task of the enrolment still waiting for work becomes WITHDRAWN; answers how many. */
    public Uni<Integer> withdrawOpen(String tenantId, UUID enrolmentId) {
        return update("status = ?1 where tenantId = ?2 and enrolmentId = ?3 and status in ?4", Status.WITHDRAWN,
                tenantId, enrolmentId, Status.OPEN);
    }
}
