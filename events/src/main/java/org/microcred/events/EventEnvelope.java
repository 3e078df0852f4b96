package org.microcred.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What travels on Kafka: the envelope every event shares, and its typed payload.
 *
 * @param eventId       unique per event; consumers de-duplicate on it
 * @param type          the payload's type name, for example {@code submission.submitted}
 * @param occurredAt    when the state change committed
 * @param tenantId      the institution the event belongs to
 * @param subject       the id of the aggregate that changed
 * @param schemaVersion the payload's schema version (changes are additive only)
 * @param traceparent   W3C trace context of the request that caused it, or null
 */
public record EventEnvelope<P extends EventPayload>(
        UUID eventId,
        String type,
        Instant occurredAt,
        String tenantId,
        String subject,
        int schemaVersion,
        String traceparent,
        P payload) {

    public EventEnvelope {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(payload, "payload");
    }

    /** A new envelope for a payload, with the type and schema version its {@link EventType} gives. */
    public static <P extends EventPayload> EventEnvelope<P> wrap(
            P payload, String tenantId, String subject, Instant occurredAt, String traceparent) {
        EventType type = EventType.of(payload);
        return new EventEnvelope<>(UUID.randomUUID(), type.typeName(), occurredAt, tenantId, subject,
                type.schemaVersion(), traceparent, payload);
    }
}
