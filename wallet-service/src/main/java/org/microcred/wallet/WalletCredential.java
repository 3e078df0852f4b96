package org.microcred.wallet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A credential in its earner's wallet. */
@Entity
@Table(name = "wallet_credential")
public class WalletCredential {

    /** The id issuance gave the credential; one wallet row per credential. */
    @Id
    public UUID id;

    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "earner_id")
    public String earnerId;

    /** The journey the credential ends; null for a pathway's stacked credential. */
    @Column(name = "enrolment_id")
    public UUID enrolmentId;

    /** The pathway a stacked credential stacks (then {@link #achievementId} is the pathway's id); else null. */
    @Column(name = "pathway_id")
    public UUID pathwayId;

    @Column(name = "assessment_id")
    public UUID assessmentId;

    @Column(name = "achievement_id")
    public UUID achievementId;

    @Column(name = "achievement_version")
    public int achievementVersion;

    @Column(name = "achievement_name")
    public String achievementName;

    @Column(name = "issuer_name")
    public String issuerName;

    @Column(name = "issued_at")
    public Instant issuedAt;

    @Column(name = "stored_at")
    public Instant storedAt;

    /** Whether the document carries a proof (none does before signing comes to issuance). */
    @Column(name = "has_proof")
    public boolean hasProof;

    /**
     * The Open Badges document as the text it arrived in, never parsed and written again: a proof
     * added by issuance later must survive byte for byte.
     */
    public String document;

    /** The same credential as a VC-JWT (compact JWS), as issuance sent it; null when it sent none. */
    @Column(name = "credential_jwt")
    public String credentialJwt;

    /** When the earner hid it from the wallet's default listing; null while shown. */
    @Column(name = "hidden_at")
    public Instant hiddenAt;

    /**
     * When the earner removed it from the wallet; then the document and JWT are gone and the row is a tombstone
     * that keeps a redelivered {@code credential.issued} from putting the credential back.
     */
    @Column(name = "removed_at")
    public Instant removedAt;

    /**
     * The Kafka record key (and subject) of the wallet's events about this credential: the enrolment id,
     * so they follow the journey's own events; for a stacked credential {@code <pathwayId>:<earnerId>}, the
     * key of the {@code enrolment.pathway.completed} it answers.
     */
    public String journeyKey() {
        return enrolmentId != null ? enrolmentId.toString() : pathwayId + ":" + earnerId;
    }
}
