package org.microcred.credentials.verification;

/**
 * The outcome of checking one proof.
 *
 * @param valid              whether the signature verifies over the canonical document
 * @param verificationMethod the key it names
 * @param reason             why it failed (null when valid)
 */
public record ProofCheck(boolean valid, String verificationMethod, String reason) {

    public static ProofCheck valid(String verificationMethod) {
        return new ProofCheck(true, verificationMethod, null);
    }

    public static ProofCheck invalid(String verificationMethod, String reason) {
        return new ProofCheck(false, verificationMethod, reason);
    }
}
