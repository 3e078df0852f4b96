package org.microcred.support.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.UUID;

/**
 * What issuance-service last said of a credential ({@code credential.status.changed}), as the services that follow
 * it (the dashboard, the wallet) keep it. A credential without a row is ACTIVE. Each service maps its own table
 * and adds its own columns.
 */
@MappedSuperclass
public abstract class CredentialStatusRecord {

    public enum Status { ACTIVE, SUSPENDED, REVOKED }

    /** Longer reasons are cut: the services show a line, issuance keeps the whole text. */
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

    @Column(name = "changed_at")
    public Instant changedAt;

    /**
     * Takes a change if it is newer than the one held, whatever the arrival order: changes may arrive late or twice,
     * and the latest decision of the issuer stands. Revocation is final (issuance refuses to reinstate a revoked
     * credential), so nothing after it changes it. Answers whether the status changed.
     */
    public boolean apply(Status next, String why, Instant at) {
        if (status == Status.REVOKED || (changedAt != null && !at.isAfter(changedAt))) {
            return false;
        }
        status = next;
        reason = cut(why);
        changedAt = at;
        return true;
    }

    static String cut(String why) {
        if (why == null || why.isBlank()) {
            return null;
        }
        return why.codePointCount(0, why.length()) <= MAX_REASON_CHARS ? why
                : why.substring(0, why.offsetByCodePoints(0, MAX_REASON_CHARS));
    }
}
