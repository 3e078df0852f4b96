package org.microcred.wallet;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The secret of a share link: 32 random bytes, base64url without padding (43 characters). The
 * database keeps only its SHA-256, so a leaked copy of it opens no link; a token is looked up by
 * its hash, so no secret is ever compared character by character.
 */
public final class ShareToken {

    private static final int BYTES = 32;
    private static final Pattern FORM = Pattern.compile("^[A-Za-z0-9_-]{43}$");
    private static final SecureRandom RANDOM = new SecureRandom();

    private ShareToken() {
    }

    public static String generate() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether the text could be a token at all; anything else is answered without a database look-up. */
    public static boolean isWellFormed(String token) {
        return token != null && FORM.matcher(token).matches();
    }

    /** The hex SHA-256 of the token's text: what the database stores and is searched by. */
    public static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
