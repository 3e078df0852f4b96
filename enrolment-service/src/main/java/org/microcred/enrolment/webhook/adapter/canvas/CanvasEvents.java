package org.microcred.enrolment.webhook.adapter.canvas;

import static org.microcred.enrolment.webhook.adapter.EventJson.at;
import static org.microcred.enrolment.webhook.adapter.EventJson.instant;
import static org.microcred.enrolment.webhook.adapter.EventJson.number;
import static org.microcred.enrolment.webhook.adapter.EventJson.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import org.microcred.enrolment.webhook.adapter.EventJson;
import org.microcred.enrolment.webhook.adapter.PlatformEvent;
import org.microcred.enrolment.webhook.adapter.PlatformEvent.Kind;
import org.microcred.enrolment.webhook.adapter.PlatformEvent.PlatformLearner;

/**
 * Reads a Canvas Live Event ({@code {"metadata": {event_name, event_time, user_id, context_id, ...}, "body": {...}}},
 * the claims of the signed JWT): {@code enrollment_created} of a student enrols; {@code course_completed} (all the
 * course's module requirements met) completes the course; {@code grade_change} completes an item (the assignment),
 * which completes the course when the mapping names it. Every other event is read as OTHER.
 */
public final class CanvasEvents {

    private CanvasEvents() {
    }

    public static PlatformEvent read(JsonNode event) {
        JsonNode metadata = at(event, "metadata");
        JsonNode body = at(event, "body");
        String name = text(metadata, "event_name");
        if (name == null || body == null || !body.isObject()) {
            throw EventJson.malformed("A Canvas live event has metadata.event_name and a body object");
        }
        String id = eventId(metadata, body, name);
        Instant time = instant(metadata, "event_time");
        return switch (name) {
            case "enrollment_created" -> enrolment(id, name, metadata, body, time);
            case "course_completed" -> new PlatformEvent(id, name, Kind.COMPLETED, text(body, "course", "id"),
                    new PlatformLearner(text(body, "user", "id"), text(body, "user", "email"),
                            text(body, "user", "name")),
                    firstOf(instant(body, "progress", "completed_at"), time), null, null, null);
            case "grade_change" -> new PlatformEvent(id, name, Kind.ITEM_COMPLETED,
                    firstOf(text(body, "course_id"), text(metadata, "context_id")),
                    new PlatformLearner(firstOf(text(body, "student_id"), text(body, "user_id")), null, null),
                    time, percent(number(body, "score"), number(body, "points_possible")),
                    text(body, "assignment_id"), null);
            default -> PlatformEvent.other(id, name, "Canvas event " + name + " is not mapped"
                    + " (enrollment_created, course_completed and grade_change are)");
        };
    }

    private static PlatformEvent enrolment(String id, String name, JsonNode metadata, JsonNode body, Instant time) {
        String type = text(body, "type");
        if (type != null && !"StudentEnrollment".equals(type)) {
            return PlatformEvent.other(id, name, "enrolment type " + type + " is not a learner's (StudentEnrollment)");
        }
        return new PlatformEvent(id, name, Kind.ENROLLED, firstOf(text(body, "course_id"), text(metadata, "context_id")),
                new PlatformLearner(text(body, "user_id"), null, text(body, "user_name")), time, null, null, null);
    }

    /**
     * Canvas's own event id when the message has one ({@code metadata.event_id}), else what identifies the event:
     * its name, time, request and body (a redelivery repeats them all).
     */
    static String eventId(JsonNode metadata, JsonNode body, String name) {
        String given = text(metadata, "event_id");
        if (given != null) {
            return given;
        }
        return "derived-" + sha256(name + "\n" + text(metadata, "event_time") + "\n" + text(metadata, "request_id")
                + "\n" + text(metadata, "job_id") + "\n" + body);
    }

    private static BigDecimal percent(BigDecimal score, BigDecimal possible) {
        if (score == null || possible == null || possible.signum() <= 0) {
            return null;
        }
        return score.multiply(BigDecimal.valueOf(100)).divide(possible, MathContext.DECIMAL64);
    }

    @SafeVarargs
    private static <T> T firstOf(T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
