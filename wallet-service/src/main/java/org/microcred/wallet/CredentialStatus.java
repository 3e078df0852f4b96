package org.microcred.wallet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.microcred.support.persistence.CredentialStatusRecord;

/**
 * What issuance last said of a credential in the wallet: active, suspended or revoked, why, and who changed it.
 * The rules (newer changes win, revocation is final) are {@link CredentialStatusRecord}'s.
 */
@Entity
@Table(name = "credential_status")
public class CredentialStatus extends CredentialStatusRecord {

    @Column(name = "changed_by")
    public String changedBy;

    /** {@link CredentialStatusRecord#apply}, remembering who made the change when it is taken. */
    public boolean apply(Status next, String why, String by, Instant at) {
        if (!apply(next, why, at)) {
            return false;
        }
        changedBy = by;
        return true;
    }
}
