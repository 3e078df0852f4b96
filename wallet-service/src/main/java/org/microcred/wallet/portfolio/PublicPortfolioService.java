package org.microcred.wallet.portfolio;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.microcred.support.problem.ProblemException;
import org.microcred.wallet.LiveLinks;
import org.microcred.wallet.WalletCredential;

/**
 * What a recognizer sees through a portfolio's link, under the rules of a credential's link
 * ({@code PublicShareService}): unknown and expired links answer the same 404, a revoked link (or one of a deleted
 * portfolio) 410 {@code share-revoked}. Not scoped by a tenant: the link's own row names it.
 */
@ApplicationScoped
public class PublicPortfolioService {

    private static final String REVOKED =
            "The owner of this portfolio revoked this share link or deleted the portfolio";

    /** An open link, its portfolio and the credentials it shows, in the earner's order. */
    public record SharedPortfolio(PortfolioShare share, Portfolio portfolio, List<WalletCredential> credentials) {
    }

    private final PortfolioShareRepository shares;
    private final PortfolioRepository portfolios;

    public PublicPortfolioService(PortfolioShareRepository shares, PortfolioRepository portfolios) {
        this.shares = shares;
        this.portfolios = portfolios;
    }

    /** Opens the link (its page or its JSON) and counts one opening, in the same transaction. */
    @WithTransaction
    public Uni<SharedPortfolio> open(String token) {
        return live(token).chain(opened -> shares.countOpening(opened.share().id, PortfolioService.now())
                .chain(() -> portfolios.credentialsOf(opened.portfolio()))
                .map(credentials -> new SharedPortfolio(opened.share(), opened.portfolio(), credentials)));
    }

    /**
     * One credential of the link's portfolio, for its download, without counting an opening; a credential that is
     * not in this portfolio (another portfolio's, say) is 404, as if it did not exist.
     */
    @WithSession
    public Uni<WalletCredential> credential(String token, UUID credentialId) {
        return live(token).chain(opened -> portfolios.credentialOf(opened.portfolio(), credentialId))
                .onItem().ifNull().failWith(() -> new ProblemException(404, "not-found", "Not found",
                        "This portfolio shows no credential " + credentialId));
    }

    private record Opened(PortfolioShare share, Portfolio portfolio) {
    }

    private Uni<Opened> live(String token) {
        return LiveLinks.open(token, shares::findByTokenHash, REVOKED,
                share -> portfolios.findById(share.portfolioId)
                        .onItem().ifNull().failWith(() -> LiveLinks.revoked(REVOKED))
                        .map(portfolio -> new Opened(share, portfolio)));
    }
}
