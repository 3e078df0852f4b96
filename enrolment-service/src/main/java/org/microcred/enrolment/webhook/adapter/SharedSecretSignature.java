package org.microcred.enrolment.webhook.adapter;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.microcred.support.problem.ProblemException;

/**
 * How a Moodle plugin or an Open edX webhook signs what it posts: header {@code X-Microcred-Timestamp} (Unix
 * seconds) and {@code X-Microcred-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<body>">} under the
 * integration's shared secret (its UTF-8 bytes). Compared in constant time; a timestamp further than the webhook
 * tolerance from now is refused, so a captured delivery cannot be replayed later.
 */
public final class SharedSecretSignature {

    public static final String TIMESTAMP = "X-Microcred-Timestamp";
    public static final String SIGNATURE = "X-Microcred-Signature";

    private SharedSecretSignature() {
    }

    /** Throws 401 {@code invalid-webhook-signature} unless the signature is the secret's over this delivery. */
    public static void verify(String secret, String timestamp, String signature, byte[] body, Instant now,
            Duration tolerance) {
        if (timestamp == null || signature == null) {
            throw unauthenticated("The " + TIMESTAMP + " and " + SIGNATURE + " headers are required");
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            throw unauthenticated(TIMESTAMP + " must be a Unix time in seconds");
        }
        boolean fresh;
        try {
            fresh = Math.absExact(Math.subtractExact(now.getEpochSecond(), seconds)) <= tolerance.toSeconds();
        } catch (ArithmeticException e) {
            fresh = false;
        }
        if (!fresh) {
            throw unauthenticated(TIMESTAMP + " is more than " + tolerance.toMinutes() + " minutes away from now");
        }
        byte[] expected = sign(secret == null ? "" : secret, timestamp.strip(), body);
        byte[] given = decode(signature.strip());
        if (secret == null || !MessageDigest.isEqual(expected, given)) {
            throw unauthenticated("The signature does not match the delivery");
        }
    }

    /** {@code sha256=<hex>}: what a sender puts in {@value #SIGNATURE}. */
    public static String header(String secret, String timestamp, byte[] body) {
        return "sha256=" + HexFormat.of().formatHex(sign(secret, timestamp, body));
    }

    static byte[] sign(String secret, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            // An empty key is not allowed by the JCE; a missing secret signs under a byte nobody knows to match.
            mac.init(new SecretKeySpec(secret.isEmpty() ? new byte[] {0} : secret.getBytes(StandardCharsets.UTF_8),
                    "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
        }
    }

    private static byte[] decode(String header) {
        if (!header.startsWith("sha256=")) {
            return new byte[0];
        }
        try {
            return HexFormat.of().parseHex(header.substring("sha256=".length()).toLowerCase());
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }

    public static ProblemException unauthenticated(String detail) {
        return new ProblemException(401, "invalid-webhook-signature", "Unauthenticated", detail);
    }
}
