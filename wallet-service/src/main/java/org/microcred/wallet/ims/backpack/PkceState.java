package org.microcred.wallet.ims.backpack;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secrets of one send: the OAuth {@code state} (the callback's capability: only its SHA-256 is kept) and the PKCE
 * verifier with its S256 challenge (RFC 7636), each 32 random bytes.
 */
public record PkceState(String state, String verifier) {

    private static final SecureRandom RANDOM = new SecureRandom();

    public static PkceState fresh() {
        return new PkceState(random(), random());
    }

    public String challenge() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(verifier));
    }

    /** How a state is kept and looked up. */
    public static String hashOf(String state) {
        return HexFormat.of().formatHex(sha256(state));
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }
}
