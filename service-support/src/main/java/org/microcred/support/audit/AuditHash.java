package org.microcred.support.audit;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The hash rule of the audit trail (docs/audit-trail.md), so that anyone holding an export can recompute it:
 * {@code hash} = lower-case hex of SHA-256 over the UTF-8 bytes of the RFC 8785 canonical JSON ({@link CanonicalJson})
 * of the object
 * <pre>
 * {"action", "actorId", "actorRoles" (array of strings, sorted), "actorType" ("user" | "service"),
 *  "after" (object or null), "before" (object or null), "eventId" (string or null), "objectId", "objectType",
 *  "prevHash", "recordedAt" ("yyyy-MM-ddTHH:mm:ss.ffffffZ": UTC, always six fraction digits), "seq" (integer),
 *  "tenantId", "v": 1}
 * </pre>
 * {@code prevHash} is the hash of the tenant's record {@code seq - 1}, or 64 zeros ({@link #GENESIS}) for seq 1.
 */
public final class AuditHash {

    /** The previous hash of a tenant's first record. */
    public static final String GENESIS = "0".repeat(64);
    /** The version of this rule, itself hashed: a later rule would say 2. */
    public static final int VERSION = 1;

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private AuditHash() {
    }

    public static String of(AuditRecord record) {
        return sha256(input(record));
    }

    /** The exact text that is hashed. */
    public static String input(AuditRecord r) {
        ObjectNode fields = JsonNodeFactory.instance.objectNode();
        fields.put("v", VERSION);
        fields.put("tenantId", r.tenantId);
        fields.put("seq", r.seq);
        fields.put("recordedAt", time(r.recordedAt));
        fields.put("actorType", r.actorType);
        fields.put("actorId", r.actorId);
        fields.set("actorRoles", CanonicalJson.parse(r.actorRoles));
        fields.put("eventId", r.eventId != null ? r.eventId.toString() : null);
        fields.put("action", r.action);
        fields.put("objectType", r.objectType);
        fields.put("objectId", r.objectId);
        fields.set("before", r.before != null ? CanonicalJson.parse(r.before) : null);
        fields.set("after", r.after != null ? CanonicalJson.parse(r.after) : null);
        fields.put("prevHash", r.prevHash);
        return CanonicalJson.write(fields);
    }

    /** The form {@code recordedAt} is hashed, listed and exported in. */
    public static String time(Instant instant) {
        return TIME.format(instant);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
