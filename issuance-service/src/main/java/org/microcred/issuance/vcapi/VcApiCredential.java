package org.microcred.issuance.vcapi;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.microcred.credentials.status.StatusPurpose;
import org.microcred.issuance.CredentialStatus;

/**
 * A credential signed through the VC-API, by the id it states, with the status entries it states (null for a purpose
 * it was not given). The document itself stays with the institution.
 */
@Entity
@Table(name = "vcapi_credential")
public class VcApiCredential {

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

    @Column(name = "revocation_list")
    public Integer revocationList;

    @Column(name = "revocation_index")
    public Integer revocationIndex;

    @Column(name = "suspension_list")
    public Integer suspensionList;

    @Column(name = "suspension_index")
    public Integer suspensionIndex;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CredentialStatus status = CredentialStatus.ACTIVE;

    @Column(name = "status_changed_at")
    public Instant statusChangedAt;

    /** Whether the credential states an entry of this purpose. */
    public boolean states(StatusPurpose purpose) {
        return listOf(purpose) != null;
    }

    public Integer listOf(StatusPurpose purpose) {
        return purpose == StatusPurpose.REVOCATION ? revocationList : suspensionList;
    }

    public Integer indexOf(StatusPurpose purpose) {
        return purpose == StatusPurpose.REVOCATION ? revocationIndex : suspensionIndex;
    }
}
