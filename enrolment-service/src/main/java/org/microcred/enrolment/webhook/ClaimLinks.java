package org.microcred.enrolment.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import org.microcred.events.enrolment.ClaimOffered;

/**
 * The identity of a learner without an account, and the secret of their claim link. The stand-in earner id is derived
 * from the email, so every award to one email lands under one stand-in, and the claim of one link moves them all.
 */
public final class ClaimLinks {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int SECRET_BYTES = 32;

    private ClaimLinks() {
    }

    /** {@code unclaimed:} and the hex SHA-256 of the lower-cased, trimmed email. */
    public static String standInFor(String email) {
        return ClaimOffered.UNCLAIMED_PREFIX + sha256Hex(email.trim().toLowerCase(Locale.ROOT));
    }

    /** A new link secret: 256 random bits, base64url without padding (43 characters). */
    public static String newSecret() {
        byte[] bytes = new byte[SECRET_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** What the wallet keeps and compares: the secret's SHA-256, lower-case hex. */
    public static String hashOf(String secret) {
        return sha256Hex(secret);
    }

    public static String link(String base, String secret) {
        return base + secret;
    }

    private static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
