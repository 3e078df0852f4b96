package org.microcred.issuance.oid4vci;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.microcred.issuance.capability.ExpiringCapability;

/** A {@code c_nonce} of the nonce endpoint: a key proof may state it once, before it expires. */
@Entity
@Table(name = "oid4vci_nonce")
public class Nonce extends ExpiringCapability {

    @Id
    public String nonce;

    @Column(name = "used_at")
    public Instant usedAt;
}
