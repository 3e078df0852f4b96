package org.microcred.issuance.oid4vci;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A {@code c_nonce} of the nonce endpoint: a key proof may state it once, before it expires. */
@Entity
@Table(name = "oid4vci_nonce")
public class Nonce {

    @Id
    public String nonce;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "used_at")
    public Instant usedAt;
}
