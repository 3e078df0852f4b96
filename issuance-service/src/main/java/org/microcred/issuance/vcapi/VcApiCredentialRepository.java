package org.microcred.issuance.vcapi;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

@ApplicationScoped
public class VcApiCredentialRepository implements PanacheRepositoryBase<VcApiCredential, Long> {

    public Uni<Boolean> exists(String tenantId, String credentialId) {
        return count("tenantId = ?1 and credentialId = ?2", tenantId, credentialId).map(count -> count > 0);
    }

    /** The tenant's credential of that id, row-locked: its status is about to change. Null when none. */
    public Uni<VcApiCredential> lockInTenant(String tenantId, String credentialId) {
        return find("tenantId = ?1 and credentialId = ?2", tenantId, credentialId)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResult();
    }
}
