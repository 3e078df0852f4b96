package org.microcred.wallet.verification;

import org.microcred.credentials.verification.ResolvedKey;

/**
 * What resolving one verification method found: the key and what its controller document says of
 * it, or why there is no key.
 *
 * @param key             the key, or null when it could not be resolved
 * @param assertionMethod whether the controller lists it for issuing credentials
 * @param revoked         the method's {@code revoked} date-time as written, or null
 * @param failure         why there is no key (null when there is one)
 */
public record KeyResolution(String verificationMethod, ResolvedKey key, boolean assertionMethod, String revoked,
        String failure) {

    static KeyResolution failed(String verificationMethod, String failure) {
        return new KeyResolution(verificationMethod, null, false, null, failure);
    }
}
