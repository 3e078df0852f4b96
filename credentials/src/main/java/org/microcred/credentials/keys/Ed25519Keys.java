package org.microcred.credentials.keys;

/** Ed25519 key pairs, signatures, and their Multikey / did:key forms. */
public final class Ed25519Keys {

    private Ed25519Keys() {
    }

    /** A new random 32-byte private key seed. */
    public static byte[] newSeed() {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** The 32-byte public key of a seed. */
    public static byte[] publicKey(byte[] seed) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** {@code z6Mk...}: multibase base58btc of the multicodec ed25519-pub (0xed01) and the key. */
    public static String publicKeyMultibase(byte[] publicKey) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** The raw public key of a {@code z6Mk...} Multikey value. */
    public static byte[] decodePublicKeyMultibase(String multibase) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** {@code did:key:z6Mk...#z6Mk...}: the verification method id of a did:key. */
    public static String didKeyVerificationMethod(byte[] publicKey) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
