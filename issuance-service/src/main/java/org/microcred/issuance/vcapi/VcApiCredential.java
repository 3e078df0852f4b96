package org.microcred.issuance.vcapi;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.microcred.issuance.StatusSlotColumns;

/**
 * A credential signed through the VC-API, by the id it states, with the status entries it states (null for a purpose
 * it was not given; the columns are {@link StatusSlotColumns}, as our awards'). The document itself stays with the
 * institution.
 */
@Entity
@Table(name = "vcapi_credential")
public class VcApiCredential extends StatusSlotColumns {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "credential_id", nullable = false)
    public String credentialId;

    @Column(name = "signed_with", nullable = false)
    public String signedWith;

    @Column(name = "issued_at", nullable = false)
    public Instant issuedAt;

    @Column(name = "issued_by", nullable = false)
    public String issuedBy;
}
