package org.microcred.issuance.oid4vci;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The random values of the OpenID4VCI flow (offer ids, pre-authorized codes, access tokens, nonces: 256 bits from
 * {@link SecureRandom}, base64url without padding, so only unreserved characters) and how they are stored (SHA-256).
 */
final class Secrets {

    static final int BYTES = 32;
    static final int TX_CODE_DIGITS = 6;

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    static String newValue() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A numeric transaction code, every digit from SecureRandom. */
    static String newTxCode() {
        StringBuilder code = new StringBuilder(TX_CODE_DIGITS);
        for (int i = 0; i < TX_CODE_DIGITS; i++) {
            code.append(RANDOM.nextInt(10));
        }
        return code.toString();
    }

    static String sha256(String value) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }

    /** A tx_code's hash, salted with its offer so equal codes of two offers differ. */
    static String txCodeHash(String offerIdHash, String txCode) {
        return sha256(offerIdHash + ":" + txCode);
    }

    /** Compares hashes in constant time. */
    static boolean sameHash(String a, String b) {
        return a != null && b != null && MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII),
                b.getBytes(StandardCharsets.US_ASCII));
    }
}
