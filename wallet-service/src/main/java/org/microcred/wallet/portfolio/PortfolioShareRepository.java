package org.microcred.wallet.portfolio;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class PortfolioShareRepository implements PanacheRepositoryBase<PortfolioShare, UUID> {

    public Uni<PortfolioShare> findByTokenHash(String tokenHash) {
        return find("tokenHash", tokenHash).firstResult();
    }

    public Uni<PortfolioShare> findForPortfolio(UUID portfolioId, UUID shareId) {
        return find("portfolioId = ?1 and id = ?2", portfolioId, shareId).firstResult();
    }

    /** The portfolio's links, newest first. */
    public Uni<List<PortfolioShare>> listForPortfolio(UUID portfolioId, int limit) {
        Sort newestFirst = Sort.by("createdAt", Sort.Direction.Descending).and("id");
        return find("portfolioId", newestFirst, portfolioId).page(0, limit).list();
    }

    /** How many of the portfolio's links still open at {@code now}. */
    public Uni<Long> countActive(UUID portfolioId, Instant now) {
        return count("portfolioId = ?1 and revokedAt is null and expiresAt > ?2", portfolioId, now);
    }

    /**
     * Counts one opening in a single statement: concurrent openings each add one, and nothing about the visitor is
     * written.
     */
    public Uni<Integer> countOpening(UUID id, Instant at) {
        return update("openCount = openCount + 1, lastOpenedAt = ?2 where id = ?1", id, at);
    }

    /**
     * Revokes every link of a portfolio that is being deleted (a revoked one keeps its first revocation time) and
     * forgets the names shown through them: the rows stay only so that their addresses answer 410.
     */
    public Uni<Integer> revokeAll(UUID portfolioId, Instant at) {
        return update("revokedAt = coalesce(revokedAt, ?2), displayName = null where portfolioId = ?1",
                portfolioId, at);
    }
}
