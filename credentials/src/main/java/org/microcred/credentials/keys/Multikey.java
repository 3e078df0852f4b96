package org.microcred.credentials.keys;

import java.util.Arrays;
import org.bouncycastle.jce.ECNamedCurveTable;
import org.microcred.credentials.CredentialException;

/**
 * A public key in its W3C Multikey form ({@code publicKeyMultibase}, also the identifier of a did:key): the
 * base58btc multibase of a multicodec prefix and the key bytes. Two kinds are read, the two a VC here can be
 * secured with: Ed25519 ({@code z6Mk...}, Data Integrity and EdDSA VC-JWTs) and P-256 ({@code zDn...}, ES256
 * VC-JWTs). Any other key is refused by name rather than guessed at.
 *
 * @param algorithm {@code Ed25519} or {@code P-256}, as {@code ResolvedKey} names them
 * @param publicKey 32 raw bytes for Ed25519; the 33-byte compressed SEC1 point for P-256
 */
public record Multikey(String algorithm, byte[] publicKey) {

    public static final String ED25519 = "Ed25519";
    public static final String P256 = "P-256";

    /** ed25519-pub (0xed) and p256-pub (0x1200), each as its unsigned varint. */
    private static final byte[] ED25519_PUB = {(byte) 0xed, 0x01};
    private static final byte[] P256_PUB = {(byte) 0x80, 0x24};
    private static final int P256_COMPRESSED_SIZE = 33;

    /**
     * Reads a Multikey value.
     *
     * @throws CredentialException (problem {@code invalid-key}) when it is not base58btc, not one of the two kinds,
     *                             the wrong length, or (P-256) not a point on the curve
     */
    public static Multikey decode(String multibase) {
        byte[] decoded;
        try {
            decoded = Base58Btc.decodeMultibase(multibase);
        } catch (IllegalArgumentException e) {
            throw new CredentialException("invalid-key", "The key " + multibase + " is not a Multikey value: "
                    + e.getMessage(), e);
        }
        if (startsWith(decoded, ED25519_PUB)) {
            if (decoded.length != ED25519_PUB.length + Ed25519Keys.KEY_SIZE) {
                throw new CredentialException("invalid-key", "The key " + multibase
                        + " is not an Ed25519 Multikey (multicodec ed25519-pub 0xed01 and 32 bytes)");
            }
            return new Multikey(ED25519, Arrays.copyOfRange(decoded, ED25519_PUB.length, decoded.length));
        }
        if (startsWith(decoded, P256_PUB)) {
            byte[] point = Arrays.copyOfRange(decoded, P256_PUB.length, decoded.length);
            requireP256Point(multibase, point);
            return new Multikey(P256, point);
        }
        throw new CredentialException("invalid-key", "The key " + multibase
                + " is neither an Ed25519 (multicodec 0xed) nor a P-256 (multicodec 0x1200) Multikey");
    }

    /** {@code zDn...}: the Multikey value of a compressed P-256 point. */
    public static String encodeP256(byte[] compressedPoint) {
        requireP256Point("the P-256 key", compressedPoint);
        return encode(P256_PUB, compressedPoint);
    }

    /**
     * {@code z6Mk...}: the Multikey value of a raw Ed25519 public key. Package-private because it does not check
     * the length: {@link Ed25519Keys#publicKeyMultibase(byte[])} is the public form that does.
     */
    static String encodeEd25519(byte[] publicKey) {
        return encode(ED25519_PUB, publicKey);
    }

    private static String encode(byte[] prefix, byte[] key) {
        byte[] prefixed = new byte[prefix.length + key.length];
        System.arraycopy(prefix, 0, prefixed, 0, prefix.length);
        System.arraycopy(key, 0, prefixed, prefix.length, key.length);
        return Base58Btc.encodeMultibase(prefixed);
    }

    private static void requireP256Point(String name, byte[] point) {
        // Multikey carries the compressed form only (0x02 or 0x03 and the x coordinate).
        if (point.length != P256_COMPRESSED_SIZE || (point[0] != 0x02 && point[0] != 0x03)) {
            throw new CredentialException("invalid-key", "The key " + name
                    + " is not a compressed P-256 point (33 bytes starting 0x02 or 0x03)");
        }
        try {
            ECNamedCurveTable.getParameterSpec("P-256").getCurve().decodePoint(point);
        } catch (IllegalArgumentException e) {
            throw new CredentialException("invalid-key", "The key " + name + " is not a point on P-256", e);
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && bytes[0] == prefix[0] && bytes[1] == prefix[1];
    }
}
