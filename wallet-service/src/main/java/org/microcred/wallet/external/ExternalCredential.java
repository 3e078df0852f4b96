package org.microcred.wallet.external;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * An Open Badges 3.0 credential issued elsewhere that the earner put into their wallet: the document exactly as
 * received, what it says (issuer, achievement, validity), and where it stands as of its last check.
 */
@Entity
@Table(name = "external_credential")
public class ExternalCredential {

    /** VALID counts; every other status counts for nothing (a recognition must not rest on it). */
    public enum Status { VALID, REVOKED, SUSPENDED, EXPIRED, UNVERIFIED }

    @Id
    public UUID id;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "earner_id", nullable = false)
    public String earnerId;

    /** json, jwt, baked-png or baked-svg. */
    @Column(nullable = false)
    public String format;

    /** The credential as received: its JSON text or its compact JWS (for a baked image, what the image held). */
    @Column(nullable = false)
    public String document;

    /** The credential's id, or {@code sha256:<hex>} of the document when it states none: one per earner. */
    @Column(name = "dedupe_key", nullable = false)
    public String dedupeKey;

    @Column(name = "credential_id")
    public String credentialId;

    @Column(name = "issuer_id", nullable = false)
    public String issuerId;

    @Column(name = "issuer_name")
    public String issuerName;

    @Column(name = "issuer_known", nullable = false)
    public boolean issuerKnown;

    @Column(name = "achievement_id")
    public String achievementId;

    @Column(name = "achievement_name")
    public String achievementName;

    @Column(name = "achievement_type")
    public String achievementType;

    @Column(name = "valid_from")
    public Instant validFrom;

    @Column(name = "valid_until")
    public Instant validUntil;

    /** true, false or unknown. */
    @Column(name = "subject_matches", nullable = false)
    public String subjectMatches;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "status_reason")
    public String statusReason;

    /** The last verification's verdict, and its checks as JSON. */
    @Column(nullable = false)
    public boolean verified;

    @Column(nullable = false)
    public String checks;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    @Column(name = "last_checked_at", nullable = false)
    public Instant lastCheckedAt;

    @Column(name = "status_changed_at")
    public Instant statusChangedAt;
}
