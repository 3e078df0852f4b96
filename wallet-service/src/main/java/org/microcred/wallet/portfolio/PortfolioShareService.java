package org.microcred.wallet.portfolio;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.microcred.support.problem.ProblemException;
import org.microcred.wallet.ShareToken;
import org.microcred.wallet.service.ShareService.Choices;

/** The links of the earner's portfolios: created, listed and revoked by their owner. */
@ApplicationScoped
public class PortfolioShareService {

    /** A new link and its token: the only moment the token exists outside the earner's hands. */
    public record CreatedShare(PortfolioShare share, String token) {
    }

    private final PortfolioRepository portfolios;
    private final PortfolioShareRepository shares;

    public PortfolioShareService(PortfolioRepository portfolios, PortfolioShareRepository shares) {
        this.portfolios = portfolios;
        this.shares = shares;
    }

    /** A link to one of the earner's portfolios, showing what the earner chose; the portfolio is locked meanwhile. */
    @WithTransaction
    public Uni<CreatedShare> create(String tenantId, String earnerId, UUID portfolioId, int expiresInDays,
            Choices choices) {
        Instant now = PortfolioService.now();
        return portfolios.lockForEarner(tenantId, earnerId, portfolioId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Portfolio", portfolioId))
                .call(portfolio -> shares.countActive(portfolio.id, now).invoke(PortfolioRules::checkRoomForShare))
                .chain(portfolio -> {
                    String token = ShareToken.generate();
                    PortfolioShare share = new PortfolioShare();
                    share.id = UUID.randomUUID();
                    share.portfolioId = portfolio.id;
                    share.tenantId = tenantId;
                    share.earnerId = earnerId;
                    share.tokenHash = ShareToken.hash(token);
                    share.createdAt = now;
                    share.expiresAt = now.plus(Duration.ofDays(expiresInDays));
                    share.displayName = choices.displayName();
                    share.showEvidence = choices.showEvidence();
                    return shares.persist(share).replaceWith(new CreatedShare(share, token));
                });
    }

    /** The portfolio's links, newest first. */
    @WithSession
    public Uni<List<PortfolioShare>> list(String tenantId, String earnerId, UUID portfolioId, int limit) {
        return portfolios.findForEarner(tenantId, earnerId, portfolioId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Portfolio", portfolioId))
                .chain(portfolio -> shares.listForPortfolio(portfolio.id, limit));
    }

    /** Revokes one link of the earner's portfolio; revoking a revoked link again is not an error. */
    @WithTransaction
    public Uni<Void> revoke(String tenantId, String earnerId, UUID portfolioId, UUID shareId) {
        return portfolios.findForEarner(tenantId, earnerId, portfolioId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Portfolio", portfolioId))
                .chain(portfolio -> shares.findForPortfolio(portfolio.id, shareId))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Share link", shareId))
                .invoke(share -> share.revoke(PortfolioService.now()))
                .replaceWithVoid();
    }
}
