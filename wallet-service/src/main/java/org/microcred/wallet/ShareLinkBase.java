package org.microcred.wallet;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.UUID;

/**
 * What every public link of the wallet is, whatever it opens (one credential: {@link ShareLink}; a portfolio): a
 * secret token of which only the hash is kept, a life that ends at its expiry or when its owner revokes it, what the
 * earner chose to show through it, and how often it was opened (nothing about who opened it). Each link has its own
 * table with these same columns, so the rules of its state are written once here.
 */
@MappedSuperclass
public abstract class ShareLinkBase {

    public enum Status { ACTIVE, EXPIRED, REVOKED }

    @Id
    public UUID id;

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

    /** How many times the public link was opened (page or JSON); counted in the database, never from this field. */
    @Column(name = "open_count")
    public long openCount;

    @Column(name = "last_opened_at")
    public Instant lastOpenedAt;

    /** Revocation wins over expiry: the owner withdrew the link, whatever its date. */
    public Status statusAt(Instant now) {
        if (revokedAt != null) {
            return Status.REVOKED;
        }
        return now.isBefore(expiresAt) ? Status.ACTIVE : Status.EXPIRED;
    }

    /** Revokes the link once; revoking it again keeps the first revocation time. */
    public boolean revoke(Instant at) {
        if (revokedAt != null) {
            return false;
        }
        revokedAt = at;
        return true;
    }
}
