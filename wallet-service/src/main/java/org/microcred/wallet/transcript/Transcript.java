package org.microcred.wallet.transcript;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A CLR 2.0 transcript the earner asked for: PENDING until issuance answers, then ISSUED ({@code document} is the
 * signed {@code ClrCredential} text exactly as issuance signed it) or REFUSED with issuance's reason.
 */
@Entity
@Table(name = "transcript")
public class Transcript {

    public enum Status { PENDING, ISSUED, REFUSED }

    @Id
    public UUID id;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "earner_id", nullable = false)
    public String earnerId;

    public String name;

    /** Comma-separated, in the earner's order. */
    @Column(name = "credential_ids", nullable = false)
    public String credentialIds;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    public String document;

    @Column(name = "refusal_reason")
    public String refusalReason;

    @Column(name = "refusal_detail")
    public String refusalDetail;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    @Column(name = "decided_at")
    public Instant decidedAt;

    public List<UUID> credentialIdList() {
        return Arrays.stream(credentialIds.split(",")).map(UUID::fromString).toList();
    }
}
