package org.microcred.credentials.holder;

import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import org.bouncycastle.jce.ECNamedCurveTable;
import org.microcred.credentials.keys.Ed25519Keys;

/**
 * The two holder key types as JDK public keys, and their signatures: Ed25519 (verified with Bouncy Castle through
 * {@link Ed25519Keys}, as the issuer's own proofs are) and ECDSA P-256 with SHA-256. JOSE (ES256) and the ECDSA
 * Data Integrity suites write an ECDSA signature as R||S, 64 bytes, where the JDK's {@code SHA256withECDSA} wants
 * DER; {@code SHA256withECDSAinP1363Format} is the JDK's own verifier for the R||S form, so no conversion is written
 * here.
 */
final class HolderSignatures {

    /** The DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410): the raw key follows. */
    private static final byte[] ED25519_SPKI_PREFIX = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03,
            0x21, 0x00};
    private static final int ES256_SIGNATURE_SIZE = 64;
    private static final ECParameterSpec P256 = p256();

    private HolderSignatures() {
    }

    static PublicKey ed25519(byte[] raw) throws HolderProofException {
        if (raw == null || raw.length != Ed25519Keys.KEY_SIZE) {
            throw new HolderProofException(HolderProofException.UNSUPPORTED_KEY, "An Ed25519 public key is 32 bytes");
        }
        byte[] spki = Arrays.copyOf(ED25519_SPKI_PREFIX, ED25519_SPKI_PREFIX.length + raw.length);
        System.arraycopy(raw, 0, spki, ED25519_SPKI_PREFIX.length, raw.length);
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
        } catch (GeneralSecurityException e) {
            throw new HolderProofException(HolderProofException.UNSUPPORTED_KEY, "Not an Ed25519 public key", e);
        }
    }

    /** A P-256 key from a SEC1 point, compressed (33 bytes) or not (65), checked to be on the curve. */
    static PublicKey p256(byte[] sec1) throws HolderProofException {
        org.bouncycastle.math.ec.ECPoint point;
        try {
            point = ECNamedCurveTable.getParameterSpec("P-256").getCurve().decodePoint(sec1).normalize();
        } catch (RuntimeException e) {
            throw new HolderProofException(HolderProofException.UNSUPPORTED_KEY, "Not a point on P-256", e);
        }
        if (point.isInfinity() || !point.isValid()) {
            throw new HolderProofException(HolderProofException.UNSUPPORTED_KEY, "Not a point on P-256");
        }
        ECPoint w = new ECPoint(point.getAffineXCoord().toBigInteger(), point.getAffineYCoord().toBigInteger());
        try {
            return KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(w, P256));
        } catch (GeneralSecurityException e) {
            throw new HolderProofException(HolderProofException.UNSUPPORTED_KEY, "Not a P-256 public key", e);
        }
    }

    /** A P-256 key from its JWK coordinates (32 bytes each). */
    static PublicKey p256(byte[] x, byte[] y) throws HolderProofException {
        if (x.length != 32 || y.length != 32) {
            throw new HolderProofException(HolderProofException.UNSUPPORTED_KEY,
                    "P-256 JWK coordinates are 32 bytes each");
        }
        byte[] uncompressed = new byte[65];
        uncompressed[0] = 0x04;
        System.arraycopy(x, 0, uncompressed, 1, 32);
        System.arraycopy(y, 0, uncompressed, 33, 32);
        return p256(uncompressed);
    }

    /** The raw 32 bytes of an Ed25519 key made by {@link #ed25519(byte[])}. */
    static byte[] rawEd25519(PublicKey key) {
        byte[] spki = key.getEncoded();
        return Arrays.copyOfRange(spki, spki.length - Ed25519Keys.KEY_SIZE, spki.length);
    }

    /** The x and y coordinates of a P-256 key, 32 bytes each. */
    static byte[][] p256Coordinates(PublicKey key) {
        ECPoint w = ((ECPublicKey) key).getW();
        return new byte[][] {unsigned32(w.getAffineX()), unsigned32(w.getAffineY())};
    }

    /**
     * Whether {@code signature} is the holder key's signature of {@code message}: Ed25519 (64 bytes), or ECDSA P-256
     * over SHA-256 of the message as R||S (64 bytes).
     */
    static boolean verify(HolderKey key, byte[] message, byte[] signature) {
        if (HolderKey.EDDSA.equals(key.algorithm())) {
            return Ed25519Keys.verify(rawEd25519(key.publicKey()), message, signature);
        }
        if (signature == null || signature.length != ES256_SIGNATURE_SIZE) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance("SHA256withECDSAinP1363Format");
            verifier.initVerify(key.publicKey());
            verifier.update(message);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static byte[] unsigned32(BigInteger value) {
        byte[] bytes = value.toByteArray();
        byte[] out = new byte[32];
        int length = Math.min(bytes.length, 32);
        System.arraycopy(bytes, bytes.length - length, out, 32 - length, length);
        return out;
    }

    private static ECParameterSpec p256() {
        try {
            AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
            parameters.init(new ECGenParameterSpec("secp256r1"));
            return parameters.getParameterSpec(ECParameterSpec.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("P-256 is part of every Java runtime", e);
        }
    }
}
