package org.microcred.enrolment.recognition.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.UUID;
import org.microcred.enrolment.recognition.Recognition;

/** Recognition requests and decisions; every finder is scoped by tenant. */
@ApplicationScoped
public class RecognitionRepository implements PanacheRepositoryBase<Recognition, UUID> {

    /** The tenant's recognition, locked for a decision or a status change, or null (another tenant's too). */
    public Uni<Recognition> findForUpdate(String tenantId, UUID id) {
        return find("tenantId = ?1 and id = ?2", tenantId, id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    /** The recognition of an external credential, locked, or null. */
    public Uni<Recognition> findByExternalForUpdate(String tenantId, UUID externalCredentialId) {
        return find("tenantId = ?1 and externalCredentialId = ?2", tenantId, externalCredentialId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    public Uni<Recognition> findInTenant(String tenantId, UUID id) {
        return find("tenantId = ?1 and id = ?2", tenantId, id).firstResult();
    }

    /** One page of the tenant's recognitions (of {@code status}, or all), newest first. */
    public Uni<List<Recognition>> page(String tenantId, Recognition.Status status, int limit, int offset) {
        Sort sort = Sort.by("createdAt", Sort.Direction.Descending).and("id", Sort.Direction.Descending);
        var query = status == null ? find("tenantId = ?1", sort, tenantId)
                : find("tenantId = ?1 and status = ?2", sort, tenantId, status);
        return query.range(offset, offset + limit - 1).list();
    }

    public Uni<Long> countOf(String tenantId, Recognition.Status status) {
        return status == null ? count("tenantId = ?1", tenantId)
                : count("tenantId = ?1 and status = ?2", tenantId, status);
    }

    /**
     * The earner's accepted recognitions whose credential the wallet last said VALID; whether each still counts by
     * the clock (its validUntil) is judged at evaluation.
     */
    public Uni<List<Recognition>> accepted(String tenantId, String earnerId) {
        return list("tenantId = ?1 and earnerId = ?2 and status = ?3 and credentialStatus = ?4",
                Sort.by("decidedAt").and("id"), tenantId, earnerId, Recognition.Status.ACCEPTED, Recognition.VALID);
    }
}
