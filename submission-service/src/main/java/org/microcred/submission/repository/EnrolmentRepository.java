package org.microcred.submission.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.UUID;
import org.microcred.submission.Enrolment;

@ApplicationScoped
public class EnrolmentRepository implements PanacheRepositoryBase<Enrolment, UUID> {

    /**
     * The earner's enrolment, locked until the transaction ends, so two requests cannot both
     * start an attempt for it. Another tenant's or another earner's is as absent as a missing one.
     */
    public Uni<Enrolment> lockForEarner(String tenantId, String earnerId, UUID id) {
        return find("tenantId = ?1 and earnerId = ?2 and id = ?3", tenantId, earnerId, id)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResult();
    }

    public Uni<Enrolment> findInTenant(String tenantId, UUID id) {
        return find("tenantId = ?1 and id = ?2", tenantId, id).firstResult();
    }
}
