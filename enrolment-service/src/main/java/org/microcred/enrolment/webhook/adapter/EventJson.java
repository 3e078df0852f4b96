package org.microcred.enrolment.webhook.adapter;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.microcred.support.problem.ProblemException;

/** Reading a platform's JSON: absent, null and blank values are null; numbers and strings are both ids. */
public final class EventJson {

    private EventJson() {
    }

    /** The node at the path of field names, or null. */
    public static JsonNode at(JsonNode node, String... path) {
        JsonNode current = node;
        for (String field : path) {
            if (current == null || !current.isObject()) {
                return null;
            }
            current = current.get(field);
        }
        return current == null || current.isNull() || current.isMissingNode() ? null : current;
    }

    /** A text or number at the path as text (ids come as either), or null. */
    public static String text(JsonNode node, String... path) {
        JsonNode value = at(node, path);
        if (value == null || !(value.isTextual() || value.isNumber())) {
            return null;
        }
        String text = value.asText();
        return text.isBlank() ? null : text;
    }

    public static BigDecimal number(JsonNode node, String... path) {
        JsonNode value = at(node, path);
        if (value == null) {
            return null;
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        try {
            return value.isTextual() && !value.asText().isBlank() ? new BigDecimal(value.asText().strip()) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** An ISO-8601 instant ({@code 2026-03-01T10:00:00Z}) at the path, or null; 400 when it is not one. */
    public static Instant instant(JsonNode node, String... path) {
        String text = text(node, path);
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return java.time.OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException again) {
                throw malformed(String.join(".", path) + " is not an ISO-8601 time");
            }
        }
    }

    /** Unix seconds at the path (Moodle's {@code timecreated}), or null. */
    public static Instant epochSeconds(JsonNode node, String... path) {
        JsonNode value = at(node, path);
        return value != null && value.canConvertToLong() ? Instant.ofEpochSecond(value.asLong()) : null;
    }

    public static ProblemException malformed(String detail) {
        return new ProblemException(400, "malformed-body", "Malformed request body", detail);
    }
}
