package org.microcred.issuance;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import org.microcred.credentials.status.StatusPurpose;

/**
 * The status of a credential this service signed: its slots in the tenant's status lists (list number and index per
 * purpose; null where it has none) and its state. Shared by our awards ({@link IssuedCredential}) and the credentials
 * signed for an institution's systems through the VC-API ({@code vcapi.VcApiCredential}), whose tables have the same
 * columns.
 */
@MappedSuperclass
public abstract class StatusSlotColumns {

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
