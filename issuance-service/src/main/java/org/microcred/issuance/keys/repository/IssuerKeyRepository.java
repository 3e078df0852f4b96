package org.microcred.issuance.keys.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.microcred.credentials.verification.KeyState;
import org.microcred.issuance.keys.IssuerKey;

@ApplicationScoped
public class IssuerKeyRepository implements PanacheRepositoryBase<IssuerKey, Long> {

    /** The key that signs new credentials, or null before the tenant's first. */
    public Uni<IssuerKey> findActive(String tenantId) {
        return find("tenantId = ?1 and state = ?2", tenantId, KeyState.ACTIVE).firstResult();
    }

    /** Another tenant's key is as absent as a missing one. */
    public Uni<IssuerKey> findInTenant(String tenantId, String keyId) {
        return find("tenantId = ?1 and keyId = ?2", tenantId, keyId).firstResult();
    }

    /** Oldest first: the order of the issuer profile's verification methods. */
    public Uni<List<IssuerKey>> listInTenant(String tenantId) {
        return list("tenantId = ?1", Sort.by("createdAt").and("id"), tenantId);
    }
}
