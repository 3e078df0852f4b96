package org.microcred.enrolment.recognition.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
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

    /**
     * One page of the tenant's recognitions, newest first: of {@code status} (null: any) and, when given, of one
     * external credential (the wallet's id).
     */
    public Uni<List<Recognition>> page(String tenantId, Recognition.Status status, UUID externalCredentialId,
            int limit, int offset) {
        Sort sort = Sort.by("createdAt", Sort.Direction.Descending).and("id", Sort.Direction.Descending);
        return find(where(status, externalCredentialId), sort, parameters(tenantId, status, externalCredentialId))
                .range(offset, offset + limit - 1).list();
    }

    public Uni<Long> countOf(String tenantId, Recognition.Status status, UUID externalCredentialId) {
        return count(where(status, externalCredentialId), parameters(tenantId, status, externalCredentialId));
    }

    private static String where(Recognition.Status status, UUID externalCredentialId) {
        return "tenantId = :tenant" + (status == null ? "" : " and status = :status")
                + (externalCredentialId == null ? "" : " and externalCredentialId = :external");
    }

    private static Parameters parameters(String tenantId, Recognition.Status status, UUID externalCredentialId) {
        Parameters parameters = Parameters.with("tenant", tenantId);
        if (status != null) {
            parameters.and("status", status);
        }
        if (externalCredentialId != null) {
            parameters.and("external", externalCredentialId);
        }
        return parameters;
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
