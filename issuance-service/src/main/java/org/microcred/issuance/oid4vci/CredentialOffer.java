package org.microcred.issuance.oid4vci;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.microcred.events.enrolment.ClaimOffered;

/**
 * An OpenID4VCI credential offer of one award, made by its earner: served by reference, redeemed once with its
 * pre-authorized code (and the {@code tx_code}, when it has one) before it expires.
 */
@Entity
@Table(name = "oid4vci_offer")
public class CredentialOffer {

    /** SHA-256 of the offer id in {@code credential_offer_uri}. */
    @Id
    @Column(name = "id_hash")
    public String idHash;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "credential_id", nullable = false)
    public UUID credentialId;

    @Column(name = "earner_id", nullable = false)
    public String earnerId;

    @Column(name = "configuration_ids", nullable = false)
    public String configurationIds;

    /** In clear only while it can be redeemed: the offer document states it. */
    @Column(name = "pre_authorized_code")
    public String preAuthorizedCode;

    @Column(name = "code_hash", nullable = false)
    public String codeHash;

    /** SHA-256 of the offer's {@code issuer_state} (authorization_code grant); null for older offers. */
    @Column(name = "issuer_state_hash")
    public String issuerStateHash;

    @Column(name = "tx_code_hash")
    public String txCodeHash;

    @Column(name = "tx_code_failures", nullable = false)
    public int txCodeFailures;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "redeemed_at")
    public Instant redeemedAt;

    @Column(name = "burned_at")
    public Instant burnedAt;

    public List<String> configurations() {
        return Arrays.asList(configurationIds.split(","));
    }

    /** Whether its code may still be redeemed: not redeemed, not burned, not expired. */
    public boolean isRedeemable(Instant now) {
        return redeemedAt == null && burnedAt == null && now.isBefore(expiresAt);
    }

    /**
     * Whether the institution made it ({@link IssuerOffers}): only a stand-in's award is offered by the institution,
     * and an earner offering their own award is never a stand-in, so the offer's earner tells.
     */
    public boolean madeByInstitution() {
        return ClaimOffered.isUnclaimed(earnerId);
    }

    /** Clears the code: it can never be redeemed again. */
    public void close(Instant now, boolean redeemed) {
        preAuthorizedCode = null;
        if (redeemed) {
            redeemedAt = now;
        } else {
            burnedAt = now;
        }
    }
}
