package org.microcred.issuance.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Transaction-level advisory locks for the rare writes of an issuer that must not interleave:
 * creating, rotating and compromising its keys (so a tenant never gets two ACTIVE keys or a
 * compromise between a rotation's two steps), and opening a new status list (so two issuances do
 * not both open list n+1). Released by commit or rollback.
 */
@ApplicationScoped
public class IssuerLocks {

    public Uni<Void> lockKeys(String tenantId) {
        return lock("issuance:keys:" + tenantId);
    }

    public Uni<Void> lockNewStatusList(String tenantId, String purpose) {
        return lock("issuance:status-list:" + tenantId + ":" + purpose);
    }

    private static Uni<Void> lock(String key) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .setParameter("key", key)
                .getSingleResult())
                .replaceWithVoid();
    }
}
