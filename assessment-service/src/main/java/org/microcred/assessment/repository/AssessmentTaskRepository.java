package org.microcred.assessment.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.UUID;
import org.microcred.assessment.AssessmentTask;

@ApplicationScoped
public class AssessmentTaskRepository implements PanacheRepositoryBase<AssessmentTask, UUID> {

    /** The task if it belongs to the tenant; another tenant's is as absent as a missing one. */
    public Uni<AssessmentTask> findInTenant(String tenantId, UUID id) {
        return find("tenantId = ?1 and id = ?2", tenantId, id).firstResult();
    }

    /**
     * The task, locked until the transaction ends: two assessors deciding at once are served one
     * after the other, and the second sees the first's decision.
     */
    public Uni<AssessmentTask> findInTenantForDecision(String tenantId, UUID id) {
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

    /**
     * A tenant's tasks of one status, oldest submission first; optionally only those of one
     * micro-credential and/or one submission (null: any).
     */
    public Uni<List<AssessmentTask>> queue(String tenantId, AssessmentTask.Status status, UUID achievementId,
            UUID submissionId, int limit) {
        Parameters params = Parameters.with("tenantId", tenantId).and("status", status);
        String query = "tenantId = :tenantId and status = :status";
        if (achievementId != null) {
            query += " and achievementId = :achievementId";
            params = params.and("achievementId", achievementId);
        }
        if (submissionId != null) {
            query += " and submissionId = :submissionId";
            params = params.and("submissionId", submissionId);
        }
        return find(query, Sort.by("submittedAt").and("id"), params).page(0, limit).list();
    }
}
