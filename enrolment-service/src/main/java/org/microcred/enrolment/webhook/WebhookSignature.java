package org.microcred.enrolment.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.microcred.support.problem.ProblemException;

/**
 * Standard Webhooks verification (https://www.standardwebhooks.com): the sender signs
 * {@code <webhook-id>.<webhook-timestamp>.<body>} with HMAC-SHA256 under the base64-decoded part of a
 * {@code whsec_} secret, and sends {@code v1,<base64 signature>} (several, space-separated, while
 * a secret is rotated). Signatures are compared in constant time; a timestamp outside the tolerance
 * is refused, so a captured delivery cannot be replayed later.
 */
public final class WebhookSignature {

    public static final String SECRET_PREFIX = "whsec_";

    /**
     * Stands in for the secret of a tenant that does not exist, so its deliveries go through the same checks and
     * fail with the same answers as a known tenant's badly signed ones: a 401 does not tell which tenants exist.
     * Random per process; no sender can sign with it.
     */
    private static final String UNKNOWN_TENANT_SECRET = SECRET_PREFIX + Base64.getEncoder().encodeToString(randomKey());

    private WebhookSignature() {
    }

    /**
     * Throws a 401 problem unless one of the signatures is {@code secret}'s over this delivery, sent within
     * {@code tolerance} of {@code now}. A null {@code secret} (no such tenant) fails exactly as a wrong signature.
     */
    public static void verify(String secret, String id, String timestamp, String signatures, byte[] body,
            Instant now, Duration tolerance) {
        String key = secret == null ? UNKNOWN_TENANT_SECRET : secret;
        if (id == null || timestamp == null || signatures == null) {
            throw unauthenticated("The webhook-id, webhook-timestamp and webhook-signature headers are required");
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            throw unauthenticated("webhook-timestamp must be a Unix time in seconds");
        }
        if (!withinTolerance(now.getEpochSecond(), seconds, tolerance)) {
            throw unauthenticated("webhook-timestamp is more than " + tolerance.toMinutes() + " minutes away from now");
        }
        byte[] expected = sign(key(key), id, timestamp.trim(), body);
        boolean matched = false;
        for (String candidate : signatures.trim().split(" +")) {
            // Every candidate is compared, matched or not: the time taken does not tell which matched.
            matched |= candidate.startsWith("v1,") && MessageDigest.isEqual(expected, decode(candidate.substring(3)));
        }
        if (!matched) {
            throw unauthenticated("No webhook-signature matches the delivery");
        }
    }

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }

    /**
     * Whether {@code seconds} lies within {@code tolerance} of {@code now}. The distance is computed exactly: a
     * timestamp near {@code Long.MIN_VALUE} must not overflow into a small (or negative) distance that passes.
     */
    static boolean withinTolerance(long now, long seconds, Duration tolerance) {
        try {
            return Math.absExact(Math.subtractExact(now, seconds)) <= tolerance.toSeconds();
        } catch (ArithmeticException farOutOfRange) {
            return false;
        }
    }

    /** {@code v1,<base64>} of the delivery: what a sender puts in webhook-signature. */
    public static String header(String secret, String id, String timestamp, byte[] body) {
        return "v1," + Base64.getEncoder().encodeToString(sign(key(secret), id, timestamp, body));
    }

    static byte[] sign(byte[] key, String id, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
        }
    }

    static byte[] key(String secret) {
        String encoded = secret.startsWith(SECRET_PREFIX) ? secret.substring(SECRET_PREFIX.length()) : secret;
        try {
            return Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The webhook secret is not whsec_ followed by base64");
        }
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }

    private static ProblemException unauthenticated(String detail) {
        return new ProblemException(401, "invalid-webhook-signature", "Unauthenticated", detail);
    }
}
