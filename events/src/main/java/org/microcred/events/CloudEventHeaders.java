package org.microcred.events;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The Kafka record headers every event travels with: the CloudEvents 1.0 binary-mode attributes (the record's value
 * is the whole envelope) and the W3C trace context. One definition for the outbox relay that publishes the services'
 * events and for the tools that publish as a service would (the award benchmark), so the two cannot drift apart.
 */
public final class CloudEventHeaders {

    private CloudEventHeaders() {
    }

    /** Header name to value, in the order they are written; an absent value (no trace context) is left out. */
    public static Map<String, String> of(UUID eventId, String source, String type, Instant occurredAt, String subject,
            String tenantId, String traceparent) {
        Map<String, String> headers = new LinkedHashMap<>();
        put(headers, "ce_specversion", "1.0");
        put(headers, "ce_id", eventId.toString());
        put(headers, "ce_source", source);
        put(headers, "ce_type", type);
        put(headers, "ce_time", occurredAt.toString());
        put(headers, "ce_subject", subject);
        put(headers, "ce_tenantid", tenantId);
        put(headers, "content-type", "application/json");
        put(headers, "traceparent", traceparent);
        return Collections.unmodifiableMap(headers);
    }

    private static void put(Map<String, String> headers, String name, String value) {
        if (value != null) {
            headers.put(name, value);
        }
    }
}
