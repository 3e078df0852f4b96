package org.microcred.wallet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** What issuance last said of a credential: active, suspended or revoked, and why. */
@Entity
@Table(name = "credential_status")
public class CredentialStatus {

    public enum Status { ACTIVE, SUSPENDED, REVOKED }

    /** Reasons are shown as given, up to this many characters. */
    public static final int MAX_REASON_CHARS = 1000;

    @Id
    @Column(name = "credential_id")
    public UUID credentialId;

    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "earner_id")
    public String earnerId;

    @Enumerated(EnumType.STRING)
    public Status status;

    public String reason;

    @Column(name = "changed_by")
    public String changedBy;

    @Column(name = "changed_at")
    public Instant changedAt;

    /**
     * Takes a change if it is newer than the one held: changes may arrive late or twice, and the
     * latest decision an issuer made is the one that stands.
     */
    public boolean apply(Status status, String reason, String changedBy, Instant changedAt) {
        if (this.changedAt != null && !changedAt.isAfter(this.changedAt)) {
            return false;
        }
        this.status = status;
        this.reason = cut(reason);
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        return true;
    }

    private static String cut(String reason) {
        if (reason == null || reason.isBlank()) {
            return null;
        }
        return reason.codePointCount(0, reason.length()) > MAX_REASON_CHARS
                ? reason.substring(0, reason.offsetByCodePoints(0, MAX_REASON_CHARS)) : reason;
    }
}
