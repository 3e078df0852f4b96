package org.microcred.support.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An audit record as the API answers it and the JSON lines export writes it: every field that is hashed, and the
 * hash.
 */
public record AuditView(String tenantId, long seq, String recordedAt, String actorType, String actorId,
        List<String> actorRoles, UUID eventId, String action, String objectType, String objectId, JsonNode before,
        JsonNode after, String prevHash, String hash) {

    public static AuditView of(AuditRecord r) {
        List<String> roles = new ArrayList<>();
        CanonicalJson.parse(r.actorRoles).forEach(role -> roles.add(role.asText()));
        return new AuditView(r.tenantId, r.seq, AuditHash.time(r.recordedAt), r.actorType, r.actorId, roles,
                r.eventId, r.action, r.objectType, r.objectId, json(r.before), json(r.after), r.prevHash, r.hash);
    }

    private static JsonNode json(String text) {
        return text != null ? CanonicalJson.parse(text) : null;
    }
}
