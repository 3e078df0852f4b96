package org.microcred.credentials.holder;

/**
 * The JWS algorithms a holder may sign with, an allow-list: {@code EdDSA} (and {@code Ed25519}, its fully specified
 * name from RFC 9864, which some wallets send) for Ed25519 keys, {@code ES256} for P-256 keys. {@code none}, HMAC
 * (a public key used as a shared secret) and everything else stay out.
 */
final class ProofAlgorithms {

    private ProofAlgorithms() {
    }

    /** The key algorithm ({@link HolderKey#EDDSA} or {@link HolderKey#ES256}) a JWS {@code alg} names, or null. */
    static String keyAlgorithmOf(String alg) {
        if ("EdDSA".equals(alg) || "Ed25519".equals(alg)) {
            return HolderKey.EDDSA;
        }
        return "ES256".equals(alg) ? HolderKey.ES256 : null;
    }

    /** Whether the JWS {@code alg} is the one a key of this algorithm signs with. */
    static boolean matches(String alg, String keyAlgorithm) {
        return keyAlgorithm.equals(keyAlgorithmOf(alg));
    }
}
