package org.microcred.support.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.Map;

/**
 * The {@code before} or {@code after} of an audit record, written as name/value pairs:
 * {@code AuditState.of("status", "ACTIVE", "reason", reason)}. Values: strings, booleans, integers, null, enums (their
 * name), collections, maps, JSON trees; anything else (a UUID, an instant) as its {@code toString()}. Only what the
 * record needs: ids, statuses, reasons; never evidence content, and no email address unless the record cannot do
 * without.
 */
public final class AuditState {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private AuditState() {
    }

    public static ObjectNode of(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs");
        }
        ObjectNode state = NODES.objectNode();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            state.set((String) namesAndValues[i], node(namesAndValues[i + 1]));
        }
        return state;
    }

    static JsonNode node(Object value) {
        if (value == null) {
            return NODES.nullNode();
        } else if (value instanceof JsonNode json) {
            return json;
        } else if (value instanceof String text) {
            return NODES.textNode(text);
        } else if (value instanceof Boolean bool) {
            return NODES.booleanNode(bool);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return NODES.numberNode(((Number) value).longValue());
        } else if (value instanceof Enum<?> constant) {
            return NODES.textNode(constant.name());
        } else if (value instanceof Collection<?> items) {
            ArrayNode array = NODES.arrayNode();
            items.forEach(item -> array.add(node(item)));
            return array;
        } else if (value instanceof Map<?, ?> map) {
            ObjectNode object = NODES.objectNode();
            map.forEach((name, item) -> object.set(String.valueOf(name), node(item)));
            return object;
        }
        return NODES.textNode(value.toString());
    }
}
