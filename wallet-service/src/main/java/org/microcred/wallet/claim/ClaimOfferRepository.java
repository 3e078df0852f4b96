package org.microcred.wallet.claim;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.UUID;
import org.microcred.wallet.PageCursor;

/** The claim offers of every tenant; each query here is scoped to one. */
@ApplicationScoped
public class ClaimOfferRepository implements PanacheRepositoryBase<ClaimOffer, UUID> {

    /**
     * The tenant's offer whose link secret hashes to {@code tokenHash}, locked until the transaction ends, so that
     * two claims with one link at once are one after the other and only the first finds it unused. Another tenant's
     * offer is as absent as none.
     */
    public Uni<ClaimOffer> lockByTokenHash(String tenantId, String tokenHash) {
        return find("tenantId = ?1 and tokenHash = ?2", tenantId, tokenHash)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    /** The tenant's offers, newest first (then by id), starting after the cursor's row. */
    public Uni<List<ClaimOffer>> listForTenant(String tenantId, PageCursor after, int rows) {
        var query = after == null
                ? find("tenantId = ?1 order by offeredAt desc, claimId", tenantId)
                : find("tenantId = ?1 and (offeredAt < ?2 or (offeredAt = ?2 and claimId > ?3))"
                        + " order by offeredAt desc, claimId", tenantId, after.at(), after.id());
        return query.range(0, rows - 1).list();
    }
}
