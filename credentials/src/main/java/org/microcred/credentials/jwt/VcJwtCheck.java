package org.microcred.credentials.jwt;

import org.microcred.credentials.verification.ProofCheck;

/**
 * The outcome of checking a VC-JWT.
 *
 * @param valid              whether the signature verifies with a usable key of the issuer
 * @param verificationMethod the key the {@code kid} header names (null when it names none)
 * @param reason             a stable slug saying why it failed ({@code bad-signature}, {@code alg-not-allowed},
 *                           {@code unresolvable-key}, {@code key-compromised}...), null when valid
 * @param credentialJson     the credential (the JWT claims set, exactly as signed); only to be trusted when
 *                           {@code valid}, it is returned anyway so a verifier can report on its other checks
 */
public record VcJwtCheck(boolean valid, String verificationMethod, String reason, String credentialJson) {

    static VcJwtCheck valid(String verificationMethod, String credentialJson) {
        return new VcJwtCheck(true, verificationMethod, null, credentialJson);
    }

    static VcJwtCheck invalid(String verificationMethod, String reason, String credentialJson) {
        return new VcJwtCheck(false, verificationMethod, reason, credentialJson);
    }

    /** The same outcome in the shape the Data Integrity proofs report. */
    public ProofCheck proofCheck() {
        return valid ? ProofCheck.valid(verificationMethod) : ProofCheck.invalid(verificationMethod, reason);
    }
}
