package org.microcred.enrolment.webhook.adapter;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.microcred.enrolment.webhook.LmsMessages;

/**
 * Turns a platform's event into one of the inbox's own messages ({@link LmsMessages}), as the tenant's course mapping
 * says, or into the reason it is ignored. Pure: the same event and mapping give the same message, byte for byte once
 * written, so a platform's retry finds the delivery it made the first time.
 */
public final class Translator {

    private static final Pattern SAFE_ID = Pattern.compile("[\\p{Graph}]{1,200}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,255}");

    /** The inbox's message ({@code type} and {@code data} as JSON-ready maps), or why there is none. */
    public record Translation(String type, Map<String, Object> data, String ignoredWhy) {

        static Translation ignored(String why) {
            return new Translation(null, null, why);
        }

        public boolean ignored() {
            return ignoredWhy != null;
        }

        /** The canonical body: {@code {"type": ..., "data": {...}}}. */
        public Map<String, Object> body() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", type);
            body.put("data", data);
            return body;
        }
    }

    private Translator() {
    }

    /** The inbox's delivery id for a platform event: {@code <platform>:<event id>} (hashed when the id is unfit). */
    public static String webhookId(Platform platform, String eventId) {
        String id = eventId != null && SAFE_ID.matcher(eventId).matches() ? eventId : "sha256-" + sha256(
                Objects.toString(eventId, ""));
        return platform.slug() + ":" + id;
    }

    public static Translation translate(Platform platform, PlatformEvent event, CourseMapping mapping) {
        if (event.kind() == PlatformEvent.Kind.OTHER) {
            return Translation.ignored(event.ignoredWhy() != null ? event.ignoredWhy()
                    : "event type " + event.eventType() + " is not one this integration maps");
        }
        if (mapping == null) {
            return Translation.ignored("course " + event.courseId() + " of " + platform.slug()
                    + " is not mapped to a micro-credential");
        }
        PlatformEvent.PlatformLearner learner = event.learner();
        if (learner == null || blank(learner.userId()) && email(learner.email()) == null) {
            return Translation.ignored("the event names no learner");
        }
        if (event.kind() == PlatformEvent.Kind.ENROLLED) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("achievementId", mapping.achievementId.toString());
            data.put("learner", learner(platform, learner, true));
            return new Translation(LmsMessages.ENROLMENT_REQUESTED, data, null);
        }
        if (event.kind() == PlatformEvent.Kind.ITEM_COMPLETED
                && (mapping.gradeItem == null || !mapping.gradeItem.equals(event.gradeItem()))) {
            return Translation.ignored("grade item " + event.gradeItem() + " is not the completion item of course "
                    + event.courseId());
        }
        BigDecimal score = percent(event.score());
        if (mapping.minGrade != null) {
            if (score == null) {
                return Translation.ignored("the course needs a grade of at least " + mapping.minGrade.toPlainString()
                        + " and the event carries none");
            }
            if (score.compareTo(mapping.minGrade) < 0) {
                return Translation.ignored("grade " + score.toPlainString() + " is under the course's minimum of "
                        + mapping.minGrade.toPlainString());
            }
        }
        return CourseMapping.AWARD.equals(mapping.completion)
                ? award(mapping, learner, event, score)
                : activity(platform, mapping, learner, event, score);
    }

    private static Translation award(CourseMapping mapping, PlatformEvent.PlatformLearner learner,
            PlatformEvent event, BigDecimal score) {
        String email = email(learner.email());
        if (email == null) {
            return Translation.ignored("the event carries no learner email, which an award request needs");
        }
        Map<String, Object> who = new LinkedHashMap<>();
        who.put("email", email);
        putIfPresent(who, "name", name(learner.name()));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("achievementId", mapping.achievementId.toString());
        data.put("learner", who);
        putIfPresent(data, "completedAt", event.occurredAt() == null ? null : event.occurredAt().toString());
        putIfPresent(data, "score", score);
        return new Translation(LmsMessages.AWARD_REQUESTED, data, null);
    }

    private static Translation activity(Platform platform, CourseMapping mapping,
            PlatformEvent.PlatformLearner learner, PlatformEvent event, BigDecimal score) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("achievementId", mapping.achievementId.toString());
        data.put("learner", learner(platform, learner, false));
        data.put("activityId", mapping.activityId);
        data.put("completed", true);
        putIfPresent(data, "score", score);
        putIfPresent(data, "occurredAt", event.occurredAt() == null ? null : event.occurredAt().toString());
        return new Translation(LmsMessages.ACTIVITY_COMPLETED, data, null);
    }

    /**
     * The learner as the inbox's messages name them: by the email the event carries, so that they are found as the
     * account that enrolled with it here (or as a stand-in, who gets a claim link); by {@code <platform>:<platform user
     * id>} only where the event carries no email (such a learner cannot be matched to an account). Canvas's activity
     * reports always go by the Canvas id: its enrolment event carries no email, so its learners are enrolled by id.
     */
    static Map<String, Object> learner(Platform platform, PlatformEvent.PlatformLearner learner, boolean details) {
        Map<String, Object> who = new LinkedHashMap<>();
        String email = email(learner.email());
        boolean hasId = !blank(learner.userId());
        if (email != null && (details || platform != Platform.CANVAS || !hasId)) {
            who.put("email", email);
        } else {
            who.put("id", learnerId(platform, learner.userId()));
        }
        if (details) {
            putIfPresent(who, "name", name(learner.name()));
        }
        return who;
    }

    public static String learnerId(Platform platform, String userId) {
        String id = platform.slug() + ":" + userId.strip();
        return id.length() <= 255 ? id : platform.slug() + ":sha256-" + sha256(userId);
    }

    /** A grade in percent, two decimals, within 0..100 (what the inbox's messages allow). */
    static BigDecimal percent(BigDecimal score) {
        if (score == null) {
            return null;
        }
        BigDecimal clamped = score.max(BigDecimal.ZERO).min(BigDecimal.valueOf(100));
        return clamped.setScale(2, RoundingMode.HALF_UP);
    }

    private static String email(String email) {
        return email != null && email.length() <= 320 && EMAIL.matcher(email.strip()).matches()
                ? email.strip() : null;
    }

    private static String name(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String stripped = name.strip();
        return stripped.length() <= 200 ? stripped : stripped.substring(0, 200);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
