package org.microcred.issuance.transcript;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A CLR 2.0 transcript an earner asked for: signed ({@code document} is the {@code ClrCredential} text exactly as
 * published) or refused with a reason. Its id is the one the wallet gave the request.
 */
@Entity
@Table(name = "issued_transcript")
public class IssuedTranscript {

    public enum Status { ISSUED, REFUSED }

    @Id
    public UUID id;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "earner_id", nullable = false)
    public String earnerId;

    /** The requested credential ids, comma-separated, in the earner's order. */
    @Column(name = "credential_ids", nullable = false)
    public String credentialIds;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    public String document;

    @Column(name = "signed_with")
    public String signedWith;

    @Column(name = "refusal_reason")
    public String refusalReason;

    @Column(name = "refusal_detail")
    public String refusalDetail;

    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;
}
