package org.microcred.wallet.external;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.microcred.wallet.PageCursor;

@ApplicationScoped
public class ExternalCredentialRepository implements PanacheRepositoryBase<ExternalCredential, UUID> {

    /** Statuses a re-check may still change: revoked and expired are final. */
    static final List<ExternalCredential.Status> OPEN = List.of(ExternalCredential.Status.VALID,
            ExternalCredential.Status.SUSPENDED, ExternalCredential.Status.UNVERIFIED);

    /** The credential if it is this earner's in this tenant; anyone else's is as absent as a missing one. */
    public Uni<ExternalCredential> findForEarner(String tenantId, String earnerId, UUID id) {
        return find("tenantId = ?1 and earnerId = ?2 and id = ?3", tenantId, earnerId, id).firstResult();
    }

    public Uni<ExternalCredential> findByKey(String tenantId, String earnerId, String dedupeKey) {
        return find("tenantId = ?1 and earnerId = ?2 and dedupeKey = ?3", tenantId, earnerId, dedupeKey)
                .firstResult();
    }

    public Uni<Long> countFor(String tenantId, String earnerId) {
        return count("tenantId = ?1 and earnerId = ?2", tenantId, earnerId);
    }

    /** The earner's external credentials, newest first, after the cursor's row ({@code rows}: a page and one more). */
    public Uni<List<ExternalCredential>> page(String tenantId, String earnerId, PageCursor after, int rows) {
        if (after == null) {
            return find("tenantId = ?1 and earnerId = ?2 order by submittedAt desc, id", tenantId, earnerId)
                    .page(0, rows).list();
        }
        return find("tenantId = ?1 and earnerId = ?2 and (submittedAt < ?3 or (submittedAt = ?3 and id > ?4))"
                + " order by submittedAt desc, id", tenantId, earnerId, after.at(), after.id()).page(0, rows).list();
    }

    /**
     * Credentials past their {@code validUntil} that still count, locked for this transaction; those another replica
     * holds are skipped (it is marking them).
     */
    public Uni<List<ExternalCredential>> lockExpired(Instant now, int limit) {
        return getSession().chain(session -> session.createNativeQuery("SELECT * FROM external_credential"
                        + " WHERE status IN ('VALID', 'SUSPENDED', 'UNVERIFIED') AND valid_until IS NOT NULL"
                        + " AND valid_until < ?1 ORDER BY valid_until LIMIT ?2 FOR UPDATE SKIP LOCKED",
                        ExternalCredential.class)
                .setParameter(1, now).setParameter(2, limit).getResultList());
    }

    /**
     * Credentials whose last check is older than {@code cutoff}, oldest first, locked for this transaction (those
     * another replica holds are skipped); the caller moves their {@code lastCheckedAt} on, which is the claim.
     */
    public Uni<List<ExternalCredential>> lockDue(Instant cutoff, int limit) {
        return getSession().chain(session -> session.createNativeQuery("SELECT * FROM external_credential"
                        + " WHERE status IN ('VALID', 'SUSPENDED', 'UNVERIFIED') AND last_checked_at < ?1"
                        + " ORDER BY last_checked_at LIMIT ?2 FOR UPDATE SKIP LOCKED", ExternalCredential.class)
                .setParameter(1, cutoff).setParameter(2, limit).getResultList());
    }
}
