package org.microcred.wallet.portfolio;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.microcred.wallet.ShareLink;

/**
 * A public link to a portfolio, under the rules of a credential's {@link ShareLink}: a secret token of which only the
 * hash is kept, what the earner chose to show through it, how often it was opened (nothing about who opened it).
 */
@Entity
@Table(name = "portfolio_share")
public class PortfolioShare {

    @Id
    public UUID id;

    /** Null once the portfolio was deleted: the link is then revoked, and kept so that its address answers 410. */
    @Column(name = "portfolio_id")
    public UUID portfolioId;

    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "earner_id")
    public String earnerId;

    @Column(name = "token_hash")
    public String tokenHash;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    /** The earner's name as they chose to show it on this link's page; null: the page names nobody. */
    @Column(name = "display_name")
    public String displayName;

    /** Whether the page describes the evidence; false: only that it exists, with its SHA-256. */
    @Column(name = "show_evidence")
    public boolean showEvidence;

    /** Openings of the page or the JSON; counted in the database, never from this field. */
    @Column(name = "open_count")
    public long openCount;

    @Column(name = "last_opened_at")
    public Instant lastOpenedAt;

    /** Revocation wins over expiry, as for a credential's link; a link of a deleted portfolio is revoked. */
    public ShareLink.Status statusAt(Instant now) {
        if (revokedAt != null || portfolioId == null) {
            return ShareLink.Status.REVOKED;
        }
        return now.isBefore(expiresAt) ? ShareLink.Status.ACTIVE : ShareLink.Status.EXPIRED;
    }
}
