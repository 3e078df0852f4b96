package org.microcred.wallet.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.UUID;
import org.microcred.wallet.CredentialStatus;

@ApplicationScoped
public class CredentialStatusRepository implements PanacheRepositoryBase<CredentialStatus, UUID> {

    /** Locked until the transaction ends, so two changes of one credential apply one after the other. */
    public Uni<CredentialStatus> lock(UUID credentialId) {
        return findById(credentialId, LockModeType.PESSIMISTIC_WRITE);
    }

    public Uni<CredentialStatus> findForTenant(String tenantId, UUID credentialId) {
        return find("tenantId = ?1 and credentialId = ?2", tenantId, credentialId).firstResult();
    }
}
