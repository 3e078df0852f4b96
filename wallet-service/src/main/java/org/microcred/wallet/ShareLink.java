package org.microcred.wallet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A public link to one credential, opened with a secret token of which only the hash is kept. */
@Entity
@Table(name = "share_link")
public class ShareLink {

    public enum Status { ACTIVE, EXPIRED, REVOKED }

    @Id
    public UUID id;

    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "earner_id")
    public String earnerId;

    @Column(name = "credential_id")
    public UUID credentialId;

    @Column(name = "token_hash")
    public String tokenHash;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

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
