package org.microcred.enrolment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * The latest status of a credential as issuance-service announced it ({@code credential.status.changed}).
 * A credential without a row is ACTIVE. REVOKED ones no longer count toward pathways.
 */
@Entity
@Table(name = "credential_status")
public class CredentialStatus {

    public enum Status { ACTIVE, SUSPENDED, REVOKED }

    /** Longer reasons are cut: the dashboard shows a line, issuance keeps the whole text. */
    static final int MAX_REASON_CHARS = 1000;

    @Id
    @Column(name = "credential_id")
    public UUID credentialId;

    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "earner_id")
    public String earnerId;

    @Column(name = "enrolment_id")
    public UUID enrolmentId;

    @Enumerated(EnumType.STRING)
    public Status status;

    public String reason;

    @Column(name = "changed_at")
    public Instant changedAt;

    /**
     * Takes a change if it is newer than the one held, whatever the arrival order. Revocation is
     * final (issuance refuses to reinstate a revoked credential): nothing after it changes it.
     * Answers whether the status changed.
     */
    public boolean apply(Status next, String why, Instant at) {
        if (status == Status.REVOKED || (changedAt != null && !at.isAfter(changedAt))) {
            return false;
        }
        status = next;
        reason = why == null || why.isBlank() ? null
                : why.codePointCount(0, why.length()) <= MAX_REASON_CHARS ? why
                        : why.substring(0, why.offsetByCodePoints(0, MAX_REASON_CHARS));
        changedAt = at;
        return true;
    }
}
