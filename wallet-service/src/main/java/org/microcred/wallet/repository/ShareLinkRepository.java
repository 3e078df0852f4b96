package org.microcred.wallet.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.microcred.wallet.ShareLink;
import org.microcred.wallet.PageCursor;

@ApplicationScoped
public class ShareLinkRepository implements PanacheRepositoryBase<ShareLink, UUID> {

    /** The links of a credential its earner removed are revoked with it and are no longer the earner's to see. */
    private static final String OF_A_KEPT_CREDENTIAL = " and credentialId not in (select c.id from WalletCredential c"
            + " where c.removedAt is not null)";

    public Uni<ShareLink> findByTokenHash(String tokenHash) {
        return find("tokenHash", tokenHash).firstResult();
    }

    public Uni<ShareLink> findForEarner(String tenantId, String earnerId, UUID id) {
        return find("tenantId = ?1 and earnerId = ?2 and id = ?3" + OF_A_KEPT_CREDENTIAL, tenantId, earnerId, id)
                .firstResult();
    }

    /**
     * The earner's links, newest first (then by id); of one credential when {@code credentialId} is given; starting
     * after the cursor's link, so pages do not shift when links are created meanwhile.
     */
    public Uni<List<ShareLink>> listForEarner(String tenantId, String earnerId, UUID credentialId, PageCursor after,
            int rows) {
        StringBuilder where = new StringBuilder("tenantId = :tenant and earnerId = :earner" + OF_A_KEPT_CREDENTIAL);
        Parameters parameters = Parameters.with("tenant", tenantId).and("earner", earnerId);
        if (credentialId != null) {
            where.append(" and credentialId = :credential");
            parameters.and("credential", credentialId);
        }
        if (after != null) {
            where.append(" and (createdAt < :at or (createdAt = :at and id > :id))");
            parameters.and("at", after.at()).and("id", after.id());
        }
        Sort newestFirst = Sort.by("createdAt", Sort.Direction.Descending).and("id");
        return find(where.toString(), newestFirst, parameters).page(0, rows).list();
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

    /** Revokes every link of the credential still unrevoked, at {@code at}; a revoked link keeps its first time. */
    public Uni<Integer> revokeAllOf(UUID credentialId, Instant at) {
        return update("revokedAt = ?2 where credentialId = ?1 and revokedAt is null", credentialId, at);
    }
}
