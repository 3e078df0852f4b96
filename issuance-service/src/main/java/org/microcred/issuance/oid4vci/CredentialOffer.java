package org.microcred.issuance.oid4vci;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.microcred.events.enrolment.ClaimOffered;
import org.microcred.issuance.IssuedCredential;
import org.microcred.support.capability.CapabilityValues;
import org.microcred.issuance.capability.ExpiringCapability;

/**
 * An OpenID4VCI credential offer of one award, made by its earner or by the institution: served by reference, redeemed once with its
 * pre-authorized code (and the {@code tx_code}, when it has one) before it expires.
 */
@Entity
@Table(name = "oid4vci_offer")
public class CredentialOffer extends ExpiringCapability {

    /** SHA-256 of the offer id in {@code credential_offer_uri}. */
    @Id
    @Column(name = "id_hash")
    public String idHash;

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

    @Column(name = "redeemed_at")
    public Instant redeemedAt;

    @Column(name = "burned_at")
    public Instant burnedAt;

    /** A new offer: the row to store, and what its maker is shown once (the offer id and the tx_code in clear). */
    record Made(CredentialOffer offer, CredentialOffers.Created shown) {
    }

    /**
     * Makes a new offer of {@code award} for {@code earnerId} (its earner, or the stand-in of a learner without an
     * account), with fresh capability values, kept hashed but for the pre-authorized code the offer document states.
     */
    static Made make(IssuedCredential award, String earnerId, List<String> configurationIds, boolean withTxCode,
            boolean withIssuerState, Instant now, Duration lifetime) {
        String offerId = CapabilityValues.newValue();
        String code = CapabilityValues.newValue();
        String txCode = withTxCode ? Secrets.newTxCode() : null;
        CredentialOffer offer = new CredentialOffer();
        offer.idHash = CapabilityValues.sha256(offerId);
        offer.tenantId = award.tenantId;
        offer.credentialId = award.id;
        offer.earnerId = earnerId;
        offer.configurationIds = String.join(",", configurationIds);
        offer.preAuthorizedCode = code;
        offer.codeHash = CapabilityValues.sha256(code);
        offer.issuerStateHash = withIssuerState
                ? CapabilityValues.sha256(CredentialOffers.issuerStateOf(offerId)) : null;
        offer.txCodeHash = txCode != null ? Secrets.txCodeHash(offer.idHash, txCode) : null;
        offer.createdAt = now;
        offer.expiresAt = now.plus(lifetime);
        return new Made(offer, new CredentialOffers.Created(award.tenantId, offerId, txCode, offer.expiresAt));
    }

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
