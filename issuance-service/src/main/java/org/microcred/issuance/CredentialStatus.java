package org.microcred.issuance;

/**
 * Where a credential stands. REVOKED is final; SUSPENDED can be reinstated to ACTIVE. The names
 * are those of {@code credential.status.changed}.
 */
public enum CredentialStatus {
    ACTIVE,
    SUSPENDED,
    REVOKED
}
