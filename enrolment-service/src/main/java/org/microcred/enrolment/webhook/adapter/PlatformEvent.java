package org.microcred.enrolment.webhook.adapter;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What a platform's event says, in the platform's terms but one shape for all: read by each platform's reader
 * ({@code CanvasEvents}, {@code MoodleEvents}, {@code OpenEdxEvents}) and translated by {@link Translator}.
 *
 * @param eventId    the platform's own id of the event (or one derived from what identifies it), stable across the
 *                   platform's retries
 * @param eventType  the platform's event name, as sent
 * @param kind       what it means here; {@link Kind#OTHER} for types no mapping can use
 * @param courseId   the platform's course id (Canvas course id, Moodle course id, Open edX course key)
 * @param gradeItem  for {@link Kind#ITEM_COMPLETED}: the item graded or completed (Canvas assignment id, Moodle
 *                   course module id); the mapping names the item that completes the course
 * @param score      the grade in percent (0..100) when the event carries one, else null
 * @param ignoredWhy for {@link Kind#OTHER} and events that say "not completed": why nothing follows
 */
public record PlatformEvent(String eventId, String eventType, Kind kind, String courseId, PlatformLearner learner,
        Instant occurredAt, BigDecimal score, String gradeItem, String ignoredWhy) {

    public enum Kind { ENROLLED, COMPLETED, ITEM_COMPLETED, OTHER }

    /** The learner as the platform knows them: its user id, and the email and name when the event carries them. */
    public record PlatformLearner(String userId, String email, String name) {
    }

    public static PlatformEvent other(String eventId, String eventType, String why) {
        return new PlatformEvent(eventId, eventType, Kind.OTHER, null, null, null, null, null, why);
    }
}
