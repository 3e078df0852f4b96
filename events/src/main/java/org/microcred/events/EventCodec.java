package org.microcred.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.util.UUID;

/**
 * Turns envelopes into the JSON that travels on Kafka and back. The envelope's {@code type}
 * selects the payload record, so consumers receive typed payloads and dispatch on their class.
 *
 * <p>Unknown fields are ignored (producers may add fields; changes are additive only).
 */
public final class EventCodec {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .build();

    private EventCodec() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String encode(EventEnvelope<?> envelope) {
        try {
            return MAPPER.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event could not be written as JSON: " + envelope.type(), e);
        }
    }

    /**
     * Reads an envelope and its typed payload.
     *
     * @throws MalformedEventException when the text is not an envelope of a known type; such a
     *                                 message can never succeed, so it is not retried
     */
    public static EventEnvelope<EventPayload> decode(String json) {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("not JSON: " + e.getOriginalMessage());
        }
        if (!(tree instanceof ObjectNode root)) {
            throw new MalformedEventException("not a JSON object");
        }
        String typeName = text(root, "type");
        EventType type = EventType.byName(typeName);
        if (type == null) {
            throw new UnknownEventTypeException(typeName);
        }
        try {
            EventPayload payload = MAPPER.treeToValue(required(root, "payload"), type.payloadClass());
            return new EventEnvelope<>(
                    UUID.fromString(text(root, "eventId")),
                    typeName,
                    Instant.parse(text(root, "occurredAt")),
                    text(root, "tenantId"),
                    text(root, "subject"),
                    required(root, "schemaVersion").asInt(),
                    root.hasNonNull("traceparent") ? root.get("traceparent").asText() : null,
                    payload);
        } catch (JsonProcessingException | RuntimeException e) {
            throw new MalformedEventException(typeName + ": " + e.getMessage());
        }
    }

    private static JsonNode required(ObjectNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            throw new MalformedEventException("missing '" + field + "'");
        }
        return node;
    }

    private static String text(ObjectNode root, String field) {
        return required(root, field).asText();
    }
}
