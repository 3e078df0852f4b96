package org.microcred.enrolment.recognition;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * An earner's credential from another issuer (kept and verified by the wallet) and the institution's decision on
 * it: whether it counts as equivalent to one micro-credential of one of its pathways. One per external credential.
 * It counts toward that pathway only while ACCEPTED, the wallet's last word is VALID and, by the clock, it has not
 * expired ({@link #counts}).
 */
@Entity
@Table(name = "recognition")
public class Recognition {

    public enum Status { PENDING, ACCEPTED, REFUSED, VOID }

    /** The wallet's statuses after which a recognition is void for good. */
    public static final Set<String> FINAL = Set.of("REVOKED", "EXPIRED", "REMOVED");
    /** The wallet's statuses that void a recognition until the credential is VALID again. */
    public static final Set<String> PASSING = Set.of("SUSPENDED", "UNVERIFIED");
    public static final String VALID = "VALID";

    @Id
    public UUID id;

    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "earner_id")
    public String earnerId;

    @Column(name = "external_credential_id")
    public UUID externalCredentialId;

    public String format;

    @Column(name = "issuer_id")
    public String issuerId;

    @Column(name = "issuer_name")
    public String issuerName;

    @Column(name = "issuer_known")
    public boolean issuerKnown;

    @Column(name = "external_achievement_id")
    public String externalAchievementId;

    @Column(name = "external_achievement_name")
    public String externalAchievementName;

    @Column(name = "external_achievement_type")
    public String externalAchievementType;

    @Column(name = "valid_from")
    public Instant validFrom;

    @Column(name = "valid_until")
    public Instant validUntil;

    @Column(name = "subject_matches")
    public String subjectMatches;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Enumerated(EnumType.STRING)
    public Status status;

    /** What a VOID recognition was before (PENDING or ACCEPTED); a passing status lifted restores it. */
    @Enumerated(EnumType.STRING)
    @Column(name = "void_from")
    public Status voidFrom;

    @Column(name = "credential_status")
    public String credentialStatus;

    @Column(name = "credential_status_reason")
    public String credentialStatusReason;

    @Column(name = "credential_status_at")
    public Instant credentialStatusAt;

    @Column(name = "pathway_id")
    public UUID pathwayId;

    @Column(name = "pathway_version")
    public Integer pathwayVersion;

    @Column(name = "component_achievement_id")
    public UUID componentAchievementId;

    @Column(name = "component_version")
    public Integer componentVersion;

    @Column(name = "component_name")
    public String componentName;

    public String reason;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "created_at")
    public Instant createdAt;

    /** Whether the external credential may be decided on now: VALID and, by the clock, not expired. */
    public boolean credentialValidAt(Instant now) {
        return VALID.equals(credentialStatus) && (validUntil == null || validUntil.isAfter(now))
                && (validFrom == null || !validFrom.isAfter(now));
    }

    /** Whether it counts toward its pathway at {@code now}. */
    public boolean counts(Instant now) {
        return status == Status.ACCEPTED && credentialValidAt(now);
    }
}
