package org.microcred.wallet.portfolio;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.microcred.wallet.ShareLinkBase;

/**
 * A public link to a portfolio, under the rules of every {@link ShareLinkBase} (a credential's link is the other): a
 * secret token of which only the hash is kept, what the earner chose to show through it, how often it was opened.
 */
@Entity
@Table(name = "portfolio_share")
public class PortfolioShare extends ShareLinkBase {

    /** Null once the portfolio was deleted: the link is then revoked, and kept so that its address answers 410. */
    @Column(name = "portfolio_id")
    public UUID portfolioId;

    /** As for every link, and besides: a link of a deleted portfolio is revoked, whatever its revocation time. */
    @Override
    public Status statusAt(Instant now) {
        return portfolioId == null ? Status.REVOKED : super.statusAt(now);
    }
}
