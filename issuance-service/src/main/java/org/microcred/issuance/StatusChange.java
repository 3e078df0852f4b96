package org.microcred.issuance;

import org.microcred.credentials.status.StatusPurpose;
import org.microcred.support.problem.ProblemException;

/**
 * What an issuer-admin may do to a credential's status, and which bit each does it with. REVOKED
 * is final; only a SUSPENDED credential can be reinstated.
 */
public enum StatusChange {
    REVOKE(StatusPurpose.REVOCATION, true, CredentialStatus.REVOKED),
    SUSPEND(StatusPurpose.SUSPENSION, true, CredentialStatus.SUSPENDED),
    REINSTATE(StatusPurpose.SUSPENSION, false, CredentialStatus.ACTIVE);

    private final StatusPurpose purpose;
    private final boolean bit;
    private final CredentialStatus result;

    StatusChange(StatusPurpose purpose, boolean bit, CredentialStatus result) {
        this.purpose = purpose;
        this.bit = bit;
        this.result = result;
    }

    /** Its name in the audit trail: {@code credential.revoked}, {@code .suspended}, {@code .reinstated}. */
    public String auditAction() {
        return switch (this) {
            case REVOKE -> "credential.revoked";
            case SUSPEND -> "credential.suspended";
            case REINSTATE -> "credential.reinstated";
        };
    }

    /** The list whose bit changes. */
    public StatusPurpose purpose() {
        return purpose;
    }

    /** The bit's new value. */
    public boolean bit() {
        return bit;
    }

    /** The credential's status afterwards. */
    public CredentialStatus result() {
        return result;
    }

    /**
     * @throws ProblemException 409 when the change does not apply to a credential in {@code current}:
     *                          anything but revoke on a REVOKED one, suspend on a SUSPENDED one,
     *                          reinstate on one that is not SUSPENDED
     */
    public void checkAllowedFrom(CredentialStatus current) {
        if (current == CredentialStatus.REVOKED) {
            throw ProblemException.conflict("credential-revoked", "The credential is revoked; revocation is final");
        }
        if (this == SUSPEND && current == CredentialStatus.SUSPENDED) {
            throw ProblemException.conflict("credential-suspended", "The credential is already suspended");
        }
        if (this == REINSTATE && current != CredentialStatus.SUSPENDED) {
            throw ProblemException.conflict("credential-not-suspended", "Only a suspended credential can be"
                    + " reinstated; this one is " + current);
        }
    }
}
