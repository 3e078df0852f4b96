package org.microcred.enrolment.notification;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The token of a one-click unsubscribe link (RFC 8058): who (tenant, earner) turns which kind off, and an HMAC-SHA256
 * of that under the service's secret, so nobody can make one for another earner. {@code v1.<payload>.<mac>}, both
 * base64url without padding; the payload is {@code tenant \n earner \n kind}. It does not expire: a link in an old mail
 * still works, and all it can do is turn one kind of mail off for the earner it names.
 */
public final class UnsubscribeToken {

    private static final String VERSION = "v1";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    /** A token longer than this is refused unread (three ids and a kind make far less). */
    public static final int MAX_LENGTH = 1024;

    private final byte[] key;

    public UnsubscribeToken(String secret) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException("the unsubscribe secret must have at least 16 characters");
        }
        this.key = secret.getBytes(StandardCharsets.UTF_8);
    }

    /** What a valid token names. */
    public record Subject(String tenantId, String earnerId, NotificationKind kind) {
    }

    public String sign(Subject subject) {
        String payload = ENCODER.encodeToString(
                (subject.tenantId() + "\n" + subject.earnerId() + "\n" + subject.kind().wireName())
                        .getBytes(StandardCharsets.UTF_8));
        return VERSION + "." + payload + "." + ENCODER.encodeToString(mac(VERSION + "." + payload));
    }

    /** The subject of a token this key signed, or empty for anything else (forged, altered, malformed). */
    public Optional<Subject> verify(String token) {
        if (token == null || token.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3 || !VERSION.equals(parts[0])) {
            return Optional.empty();
        }
        byte[] given;
        String[] fields;
        try {
            given = DECODER.decode(parts[2]);
            fields = new String(DECODER.decode(parts[1]), StandardCharsets.UTF_8).split("\n", -1);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!MessageDigest.isEqual(mac(parts[0] + "." + parts[1]), given) || fields.length != 3) {
            return Optional.empty();
        }
        return NotificationKind.fromWire(fields[2]).map(kind -> new Subject(fields[0], fields[1], kind));
    }

    private byte[] mac(String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JVM", e);
        }
    }
}
