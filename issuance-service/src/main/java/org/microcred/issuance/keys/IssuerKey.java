package org.microcred.issuance.keys;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.microcred.credentials.verification.KeyState;

/**
 * One Ed25519 signing key of an issuer (tenant). The private seed is stored only sealed
 * (AES-256-GCM under the master key, see {@link org.microcred.issuance.keys.SeedCipher}); nothing
 * outside the signing step ever sees it opened, and no API returns it.
 *
 * <p>Life cycle: ACTIVE (signs new credentials and status lists; one per tenant) to RETIRED (by
 * rotation: what it signed keeps verifying) to COMPROMISED (what it signed fails verification).
 */
@Entity
@Table(name = "issuer_key")
public class IssuerKey {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    /** The last segment of the key URL {@code <issuerId>/keys/<keyId>} (and the fragment of the older id). */
    @Column(name = "key_id", nullable = false)
    public String keyId;

    @Column(name = "public_key_multibase", nullable = false)
    public String publicKeyMultibase;

    @Column(name = "sealed_seed", nullable = false)
    public byte[] sealedSeed;

    @Column(nullable = false)
    public byte[] nonce;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public KeyState state;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "retired_at")
    public Instant retiredAt;

    @Column(name = "compromised_at")
    public Instant compromisedAt;

    @Column(name = "compromise_reason")
    public String compromiseReason;
}
