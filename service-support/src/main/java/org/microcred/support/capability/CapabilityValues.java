package org.microcred.support.capability;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The random values that are capabilities to a holder of a link (OpenID4VCI offer ids, pre-authorized codes, access
 * tokens and nonces; VC-API exchange ids and challenges): 256 bits from {@link SecureRandom}, base64url without
 * padding, so only unreserved characters (the Learner Credential Wallet turns a {@code +} into a space); and how they
 * are stored: their SHA-256, never the value.
 */
public final class CapabilityValues {

    public static final int BYTES = 32;
    /** Characters of a base64url value of {@link #BYTES} bytes without padding. */
    public static final int LENGTH = 43;
    public static final String PATTERN = "[A-Za-z0-9_-]{" + LENGTH + "}";

    private static final SecureRandom RANDOM = new SecureRandom();

    private CapabilityValues() {
    }

    public static String newValue() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A numeric code of {@code digits} digits, every digit from SecureRandom. */
    public static String newDigits(int digits) {
        StringBuilder code = new StringBuilder(digits);
        for (int i = 0; i < digits; i++) {
            code.append(RANDOM.nextInt(10));
        }
        return code.toString();
    }

    public static String sha256(String value) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }

    /** Compares hashes in constant time. */
    public static boolean sameHash(String a, String b) {
        return a != null && b != null && MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII),
                b.getBytes(StandardCharsets.US_ASCII));
    }
}
