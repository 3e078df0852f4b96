package org.microcred.enrolment.webhook.adapter.moodle;

import static org.microcred.enrolment.webhook.adapter.EventJson.epochSeconds;
import static org.microcred.enrolment.webhook.adapter.EventJson.number;
import static org.microcred.enrolment.webhook.adapter.EventJson.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.microcred.enrolment.webhook.adapter.EventJson;
import org.microcred.enrolment.webhook.adapter.PlatformEvent;
import org.microcred.enrolment.webhook.adapter.PlatformEvent.Kind;
import org.microcred.enrolment.webhook.adapter.PlatformEvent.PlatformLearner;

/**
 * Reads a Moodle event as an observer plugin posts it: the event's own data ({@code eventname, courseid,
 * relateduserid, userid, contextinstanceid, objectid, timecreated, other}) and, added by the plugin, the learner's
 * {@code relateduser {id, email, fullname}} and, optionally, {@code eventid} (the log store's id) and
 * {@code grade} (the learner's course grade in percent). core event user_enrolment_created enrols,
 * course_completed completes the course, course_module_completion_updated
 * with a complete state completes an item (the course module); every other event is read as OTHER.
 */
public final class MoodleEvents {

    public static final String ENROLMENT_CREATED = "\\core\\event\\user_enrolment_created";
    public static final String COURSE_COMPLETED = "\\core\\event\\course_completed";
    public static final String MODULE_COMPLETION = "\\core\\event\\course_module_completion_updated";

    private MoodleEvents() {
    }

    public static PlatformEvent read(JsonNode event) {
        String name = text(event, "eventname");
        if (name == null || event.get("courseid") == null) {
            throw EventJson.malformed("A Moodle event has eventname and courseid");
        }
        String id = eventId(event, name);
        String course = text(event, "courseid");
        PlatformLearner learner = new PlatformLearner(text(event, "relateduserid"),
                text(event, "relateduser", "email"), text(event, "relateduser", "fullname"));
        Instant time = epochSeconds(event, "timecreated");
        return switch (name) {
            case ENROLMENT_CREATED -> new PlatformEvent(id, name, Kind.ENROLLED, course, learner, time, null, null, null);
            case COURSE_COMPLETED -> new PlatformEvent(id, name, Kind.COMPLETED, course, learner, time,
                    number(event, "grade"), null, null);
            case MODULE_COMPLETION -> moduleCompletion(id, name, event, course, learner, time);
            default -> PlatformEvent.other(id, name, "Moodle event " + name + " is not mapped (" + ENROLMENT_CREATED
                    + ", " + COURSE_COMPLETED + " and " + MODULE_COMPLETION + " are)");
        };
    }

    /** Moodle's completion states: 0 incomplete, 1 complete, 2 complete and passed, 3 complete and failed. */
    private static PlatformEvent moduleCompletion(String id, String name, JsonNode event, String course,
            PlatformLearner learner, Instant time) {
        String state = text(event, "other", "completionstate");
        if (!"1".equals(state) && !"2".equals(state)) {
            return PlatformEvent.other(id, name, "completion state " + state + " is not complete (1) or passed (2)");
        }
        return new PlatformEvent(id, name, Kind.ITEM_COMPLETED, course, learner, time, number(event, "grade"),
                text(event, "contextinstanceid"), null);
    }

    /**
     * The plugin's {@code eventid} when given; else what identifies the event: its name, object, course, learner,
     * module and time (Moodle's event data has no id of its own, and a resend repeats them all).
     */
    static String eventId(JsonNode event, String name) {
        String given = text(event, "eventid");
        if (given != null) {
            return given;
        }
        String key = String.join("|", name, String.valueOf(text(event, "objectid")), text(event, "courseid"),
                String.valueOf(text(event, "relateduserid")), String.valueOf(text(event, "contextinstanceid")),
                String.valueOf(text(event, "timecreated")));
        try {
            return "derived-" + java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
