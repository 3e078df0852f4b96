package org.microcred.support.audit;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Who did what an audit record records: a {@code user} (the token's subject and realm roles), or this {@code service}
 * acting on a consumed event (no human caller: an award decided elsewhere, a completed pathway), then with that
 * event's id.
 */
public record AuditActor(String type, String id, List<String> roles, UUID eventId) {

    public static final String USER = "user";
    public static final String SERVICE = "service";

    public AuditActor {
        if (!USER.equals(type) && !SERVICE.equals(type)) {
            throw new IllegalArgumentException("actor type must be user or service: " + type);
        }
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("an actor has an id");
        }
        roles = roles == null ? List.of() : roles.stream().sorted().distinct().toList();
    }

    /** A signed-in user: the token's subject and roles (sorted, so the same roles hash the same). */
    public static AuditActor user(String userId, Collection<String> roles) {
        return new AuditActor(USER, userId, roles == null ? List.of() : List.copyOf(roles), null);
    }

    /** This service, acting on the consumed event {@code eventId}. */
    public static AuditActor service(String serviceName, UUID eventId) {
        return new AuditActor(SERVICE, serviceName, List.of(), eventId);
    }
}
