package org.microcred.wallet.portfolio;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.microcred.support.problem.ProblemException;

/** The earner's portfolios: made, read, replaced and deleted by their owner only ({@link PortfolioRules}). */
@ApplicationScoped
public class PortfolioService {

    /** A portfolio with its credentials, in order, as its owner reads it. */
    public record PortfolioDetail(Portfolio portfolio, List<PortfolioItem> credentials) {
    }

    /** A portfolio in the owner's list, with how many credentials it holds. */
    public record ListedPortfolio(Portfolio portfolio, long credentialCount) {
    }

    private final PortfolioRepository portfolios;
    private final PortfolioShareRepository shares;

    public PortfolioService(PortfolioRepository portfolios, PortfolioShareRepository shares) {
        this.portfolios = portfolios;
        this.shares = shares;
    }

    @WithTransaction
    public Uni<PortfolioDetail> create(String tenantId, String earnerId, String title, String description,
            List<UUID> credentialIds) {
        PortfolioRules.checkShape(credentialIds);
        return portfolios.lockEarner(tenantId, earnerId)
                .chain(() -> portfolios.countForEarner(tenantId, earnerId))
                .invoke(PortfolioRules::checkRoomForPortfolio)
                .chain(() -> checkPresent(tenantId, earnerId, credentialIds))
                .chain(() -> {
                    Portfolio portfolio = new Portfolio();
                    portfolio.id = UUID.randomUUID();
                    portfolio.tenantId = tenantId;
                    portfolio.earnerId = earnerId;
                    portfolio.createdAt = now();
                    describe(portfolio, title, description, portfolio.createdAt);
                    return portfolios.persist(portfolio)
                            .chain(() -> portfolios.replaceCredentials(portfolio.id, credentialIds))
                            .chain(() -> detail(portfolio));
                });
    }

    @WithSession
    public Uni<List<ListedPortfolio>> list(String tenantId, String earnerId, int limit) {
        return portfolios.listForEarner(tenantId, earnerId, limit).chain(list -> portfolios
                .credentialCounts(list.stream().map(p -> p.id).toList())
                .map(counts -> list.stream().map(p -> listed(p, counts)).toList()));
    }

    @WithSession
    public Uni<PortfolioDetail> get(String tenantId, String earnerId, UUID id) {
        return portfolios.findForEarner(tenantId, earnerId, id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Portfolio", id))
                .chain(this::detail);
    }

    /** Replaces the title, description and credentials at once; its links then show the new contents. */
    @WithTransaction
    public Uni<PortfolioDetail> replace(String tenantId, String earnerId, UUID id, String title, String description,
            List<UUID> credentialIds) {
        return portfolios.lockForEarner(tenantId, earnerId, id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Portfolio", id))
                .call(() -> {
                    PortfolioRules.checkShape(credentialIds);
                    return checkPresent(tenantId, earnerId, credentialIds);
                })
                .call(portfolio -> {
                    describe(portfolio, title, description, now());
                    return portfolios.replaceCredentials(portfolio.id, credentialIds);
                })
                .chain(this::detail);
    }

    /** Deletes the portfolio and revokes its links, in one transaction; their addresses answer 410 from then on. */
    @WithTransaction
    public Uni<Void> delete(String tenantId, String earnerId, UUID id) {
        return portfolios.lockForEarner(tenantId, earnerId, id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Portfolio", id))
                .call(portfolio -> shares.revokeAll(portfolio.id, now()))
                .call(portfolios::delete)
                .replaceWithVoid();
    }

    private Uni<Void> checkPresent(String tenantId, String earnerId, List<UUID> credentialIds) {
        return portfolios.presentCredentialIds(tenantId, earnerId, credentialIds)
                .invoke(present -> PortfolioRules.checkPresent(credentialIds, present))
                .replaceWithVoid();
    }

    private Uni<PortfolioDetail> detail(Portfolio portfolio) {
        return portfolios.items(portfolio.id).map(credentials -> new PortfolioDetail(portfolio, credentials));
    }

    private static ListedPortfolio listed(Portfolio portfolio, Map<UUID, Long> counts) {
        return new ListedPortfolio(portfolio, counts.getOrDefault(portfolio.id, 0L));
    }

    private static void describe(Portfolio portfolio, String title, String description, Instant at) {
        portfolio.title = title.strip();
        portfolio.description = description == null || description.isBlank() ? null : description.strip();
        portfolio.updatedAt = at;
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
