package org.microcred.credentials.verification;

import org.microcred.credentials.CredentialException;

/**
 * Finds the public key of a verification method (a did:key, a did:web or https URL on an allow-list,
 * or the issuer's own key store).
 */
public interface KeyResolver {

    /** @throws CredentialException (problem {@code unresolvable-key}) when the method cannot be resolved */
    ResolvedKey resolve(String verificationMethod);
}
