package org.microcred.issuance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A credential issued to an earner. {@code document} is the signed Open Badges 3.0 JSON text
 * exactly as it was published, so what is served later is byte for byte what was issued. Its
 * status (revoked, suspended) lives here ({@link StatusSlotColumns}) and in the status lists' bits, never in the
 * document.
 *
 * <p>Credentials issued before signing existed have no key and no status slots (nulls). A
 * micro-credential's credential states one award decision; a pathway's stacked credential states
 * that the earner completed the pathway (no enrolment, no assessment).
 */
@Entity
@Table(name = "issued_credential")
public class IssuedCredential extends StatusSlotColumns {

    @Id
    public UUID id;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "earner_id", nullable = false)
    public String earnerId;

    @Column(name = "achievement_id", nullable = false)
    public UUID achievementId;

    @Column(name = "achievement_version")
    public int achievementVersion;

    /** The award decision it states; null for a pathway's stacked credential. */
    @Column(name = "assessment_id")
    public UUID assessmentId;

    /** The journey it ends; null for a pathway's stacked credential. */
    @Column(name = "enrolment_id")
    public UUID enrolmentId;

    /**
     * Set for a pathway's stacked credential, and then equal to {@link #achievementId} (the pathway is
     * its achievement, {@link #achievementVersion} the pathway's version); null for a micro-credential's.
     */
    @Column(name = "pathway_id")
    public UUID pathwayId;

    @Column(name = "achievement_name", nullable = false)
    public String achievementName;

    @Column(nullable = false)
    public String document;

    /** The same credential as a VC-JWT (compact JWS), or null when issued before VC-JWTs existed. */
    @Column(name = "credential_jwt")
    public String credentialJwt;

    @Column(name = "issued_at", nullable = false)
    public Instant issuedAt;

    /** The key id of the document's proof. */
    @Column(name = "signed_with")
    public String signedWith;

    @Column(name = "status_reason")
    public String statusReason;

    /** The account id ({@code sub}) of the issuer-admin who changed the status last. */
    @Column(name = "status_changed_by")
    public String statusChangedBy;

    /**
     * Why a credential whose proof names its key by {@code <issuerId>#<keyId>} was not signed again under the key URL
     * ({@code org.microcred.issuance.resign}); null otherwise.
     */
    @Column(name = "resign_skipped")
    public String resignSkipped;

    public boolean hasStatusEntries() {
        return revocationIndex != null && suspensionIndex != null;
    }
}
