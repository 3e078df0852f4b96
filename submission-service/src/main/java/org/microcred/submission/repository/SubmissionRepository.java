package org.microcred.submission.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.UUID;
import org.microcred.submission.Submission;

@ApplicationScoped
public class SubmissionRepository implements PanacheRepositoryBase<Submission, UUID> {

    public Uni<Submission> findInTenant(String tenantId, UUID id) {
        return find("tenantId = ?1 and id = ?2", tenantId, id).firstResult();
    }

    /** The earner's attempt, locked until the transaction ends: changes to one attempt queue up. */
    public Uni<Submission> lockForEarner(String tenantId, String earnerId, UUID id) {
        return find("tenantId = ?1 and earnerId = ?2 and id = ?3", tenantId, earnerId, id)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResult();
    }

    /** The enrolment's attempt with the highest number, or null before the first. */
    public Uni<Submission> latest(UUID enrolmentId) {
        return find("enrolmentId = ?1", Sort.by("attempt", Sort.Direction.Descending), enrolmentId).firstResult();
    }

    public Uni<List<Submission>> listForEarner(String tenantId, String earnerId, UUID enrolmentId, int limit) {
        return find("tenantId = ?1 and earnerId = ?2 and enrolmentId = ?3",
                Sort.by("attempt", Sort.Direction.Descending), tenantId, earnerId, enrolmentId)
                .page(0, limit).list();
    }
}
