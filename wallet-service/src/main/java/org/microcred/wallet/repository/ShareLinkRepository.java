package org.microcred.wallet.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.microcred.wallet.ShareLink;

@ApplicationScoped
public class ShareLinkRepository implements PanacheRepositoryBase<ShareLink, UUID> {

    public Uni<ShareLink> findByTokenHash(String tokenHash) {
        return find("tokenHash", tokenHash).firstResult();
    }

    public Uni<ShareLink> findForEarner(String tenantId, String earnerId, UUID id) {
        return find("tenantId = ?1 and earnerId = ?2 and id = ?3", tenantId, earnerId, id).firstResult();
    }

    /** The earner's links, newest first; of one credential when {@code credentialId} is given. */
    public Uni<List<ShareLink>> listForEarner(String tenantId, String earnerId, UUID credentialId, int limit) {
        Sort newestFirst = Sort.by("createdAt", Sort.Direction.Descending).and("id");
        return (credentialId == null
                ? find("tenantId = ?1 and earnerId = ?2", newestFirst, tenantId, earnerId)
                : find("tenantId = ?1 and earnerId = ?2 and credentialId = ?3", newestFirst, tenantId, earnerId,
                        credentialId))
                .page(0, limit).list();
    }

    /**
     * Counts one opening of the link in a single statement: concurrent openings each add one (the row lock is held
     * only for this update), and nothing about the visitor is written.
     */
    public Uni<Integer> countOpening(UUID id, Instant at) {
        return update("openCount = openCount + 1, lastOpenedAt = ?2 where id = ?1", id, at);
    }

    /** How many of the credential's links still open at {@code now}. */
    public Uni<Long> countActive(UUID credentialId, Instant now) {
        return count("credentialId = ?1 and revokedAt is null and expiresAt > ?2", credentialId, now);
    }
}
