package org.microcred.credentials.status;

import org.microcred.credentials.CredentialException;

/** The two purposes we issue status lists for (Bitstring Status List also defines refresh and message). */
public enum StatusPurpose {
    /** A set bit means revoked, for good. */
    REVOCATION("revocation"),
    /** A set bit means suspended; clearing it reinstates the credential. */
    SUSPENSION("suspension");

    private final String value;

    StatusPurpose(String value) {
        this.value = value;
    }

    /** The {@code statusPurpose} value in JSON. */
    public String value() {
        return value;
    }

    /** @throws CredentialException {@code unsupported-status-purpose} for any other value */
    public static StatusPurpose of(String value) {
        for (StatusPurpose purpose : values()) {
            if (purpose.value.equals(value)) {
                return purpose;
            }
        }
        throw new CredentialException("unsupported-status-purpose", "statusPurpose must be revocation or suspension");
    }
}
