package org.microcred.credentials.verification;

/**
 * A public key found for a verification method.
 *
 * @param verificationMethod the id it was resolved from
 * @param controller         who controls the key (the issuer id it must match)
 * @param algorithm          {@code Ed25519} or {@code P-256}
 * @param publicKey          raw public key bytes (32 bytes for Ed25519; the SEC1 point for P-256)
 * @param state              ACTIVE, RETIRED or COMPROMISED
 */
public record ResolvedKey(String verificationMethod, String controller, String algorithm, byte[] publicKey,
        KeyState state) {
}
