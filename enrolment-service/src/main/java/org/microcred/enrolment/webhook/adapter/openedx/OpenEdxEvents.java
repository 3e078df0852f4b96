package org.microcred.enrolment.webhook.adapter.openedx;

import static org.microcred.enrolment.webhook.adapter.EventJson.at;
import static org.microcred.enrolment.webhook.adapter.EventJson.instant;
import static org.microcred.enrolment.webhook.adapter.EventJson.number;
import static org.microcred.enrolment.webhook.adapter.EventJson.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import org.microcred.enrolment.webhook.adapter.EventJson;
import org.microcred.enrolment.webhook.adapter.PlatformEvent;
import org.microcred.enrolment.webhook.adapter.PlatformEvent.Kind;
import org.microcred.enrolment.webhook.adapter.PlatformEvent.PlatformLearner;

/**
 * Reads an Open edX event (openedx-events) as it is posted over HTTP: {@code {"metadata": {id, event_type, time,
 * source, minorversion}, "data": {<signal argument>: {...}}}}. {@code course.enrollment.created.v1} (data
 * {@code enrollment}) enrols; {@code course.passing.status.updated.v1} (data {@code course_passing_status}) with
 * {@code is_passing} true, and {@code certificate.created.v1} (data {@code certificate}, a downloadable one) complete
 * the course. The learner is {@code user {id, pii {username, email, name}}}, the course {@code course.course_key}.
 */
public final class OpenEdxEvents {

    public static final String ENROLLMENT_CREATED = "org.openedx.learning.course.enrollment.created.v1";
    public static final String PASSING_STATUS = "org.openedx.learning.course.passing.status.updated.v1";
    public static final String CERTIFICATE_CREATED = "org.openedx.learning.certificate.created.v1";

    private OpenEdxEvents() {
    }

    public static PlatformEvent read(JsonNode event) {
        String id = text(event, "metadata", "id");
        String type = text(event, "metadata", "event_type");
        JsonNode data = at(event, "data");
        if (id == null || type == null || data == null || !data.isObject()) {
            throw EventJson.malformed("An Open edX event has metadata.id, metadata.event_type and a data object");
        }
        Instant time = instant(event, "metadata", "time");
        return switch (type) {
            case ENROLLMENT_CREATED -> about(id, type, Kind.ENROLLED, at(data, "enrollment"), time, null);
            case PASSING_STATUS -> passing(id, type, at(data, "course_passing_status"), time);
            case CERTIFICATE_CREATED -> certificate(id, type, at(data, "certificate"), time);
            default -> PlatformEvent.other(id, type, "Open edX event " + type + " is not mapped (" + ENROLLMENT_CREATED
                    + ", " + PASSING_STATUS + " and " + CERTIFICATE_CREATED + " are)");
        };
    }

    private static PlatformEvent passing(String id, String type, JsonNode status, Instant time) {
        JsonNode passing = at(status, "is_passing");
        boolean isPassing = passing != null ? passing.asBoolean(false) : "PASSING".equals(text(status, "status"));
        if (!isPassing) {
            return PlatformEvent.other(id, type, "the learner is not passing the course");
        }
        return about(id, type, Kind.COMPLETED, status, time, null);
    }

    /** A certificate's grade is a fraction as text ({@code "0.87"}); only a downloadable certificate counts. */
    private static PlatformEvent certificate(String id, String type, JsonNode certificate, Instant time) {
        String state = text(certificate, "current_status");
        if (state != null && !"downloadable".equals(state)) {
            return PlatformEvent.other(id, type, "certificate status " + state + " is not downloadable");
        }
        BigDecimal grade = number(certificate, "grade");
        return about(id, type, Kind.COMPLETED, certificate, time,
                grade == null ? null : grade.multiply(BigDecimal.valueOf(100)));
    }

    private static PlatformEvent about(String id, String type, Kind kind, JsonNode subject, Instant time,
            BigDecimal score) {
        if (subject == null) {
            throw EventJson.malformed("The data of " + type + " is missing");
        }
        PlatformLearner learner = new PlatformLearner(text(subject, "user", "id"),
                text(subject, "user", "pii", "email"), text(subject, "user", "pii", "name"));
        return new PlatformEvent(id, type, kind, text(subject, "course", "course_key"), learner, time, score, null, null);
    }
}
