package org.microcred.enrolment.webhook.adapter.openedx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.microcred.enrolment.webhook.adapter.Fixtures.canonical;
import static org.microcred.enrolment.webhook.adapter.Fixtures.event;
import static org.microcred.enrolment.webhook.adapter.Fixtures.json;
import static org.microcred.enrolment.webhook.adapter.Fixtures.mapping;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microcred.enrolment.webhook.adapter.Platform;
import org.microcred.enrolment.webhook.adapter.PlatformEvent;
import org.microcred.enrolment.webhook.adapter.Translator;

/** openedx-events posted over HTTP (fixtures under lms-fixtures/openedx) into the inbox's own messages. */
class OpenEdxEventsTest {

    private static final UUID ACHIEVEMENT = UUID.fromString("0b7e6d5c-4f3a-4b2c-9d1e-8f7a6b5c4d3e");
    private static final String COURSE = "course-v1:Northbridge+GRN101+2026_T1";

    @Test
    void anEnrolmentBecomesEnrolmentRequestedUnderTheEventsOwnId() {
        PlatformEvent event = OpenEdxEvents.read(event("openedx/course_enrollment_created.json"));
        assertEquals("openedx:0d2b7c8e-41f6-11f1-9c2a-0242ac120002",
                Translator.webhookId(Platform.OPENEDX, event.eventId()));
        assertEquals(json("""
                {"type": "enrolment.requested", "data": {"achievementId": "0b7e6d5c-4f3a-4b2c-9d1e-8f7a6b5c4d3e",
                 "learner": {"email": "lin.wei@learners.northbridge.example", "name": "Lin Wei"}}}"""),
                canonical(Translator.translate(Platform.OPENEDX, event,
                        mapping(Platform.OPENEDX, COURSE, ACHIEVEMENT, "award", null, null, null))));
    }

    @Test
    void aPassingStatusMappedToAwardBecomesAnAwardRequest() {
        PlatformEvent event = OpenEdxEvents.read(event("openedx/course_passing_status_updated.json"));
        assertEquals(json("""
                {"type": "credential.award.requested", "data": {"achievementId": "0b7e6d5c-4f3a-4b2c-9d1e-8f7a6b5c4d3e",
                 "learner": {"email": "lin.wei@learners.northbridge.example", "name": "Lin Wei"},
                 "completedAt": "2026-04-22T14:02:55.870Z"}}"""),
                canonical(Translator.translate(Platform.OPENEDX, event,
                        mapping(Platform.OPENEDX, COURSE, ACHIEVEMENT, "award", null, null, null))));
    }

    @Test
    void aCertificateMappedToActivityReportsItWithItsGradeInPercent() {
        PlatformEvent event = OpenEdxEvents.read(event("openedx/certificate_created.json"));
        assertEquals(json("""
                {"type": "activity.completed", "data": {"achievementId": "0b7e6d5c-4f3a-4b2c-9d1e-8f7a6b5c4d3e",
                 "learner": {"email": "lin.wei@learners.northbridge.example"}, "activityId": "grn101", "completed": true, "score": 87.00,
                 "occurredAt": "2026-04-22T14:03:10.115Z"}}"""),
                canonical(Translator.translate(Platform.OPENEDX, event,
                        mapping(Platform.OPENEDX, COURSE, ACHIEVEMENT, "activity", "grn101", new BigDecimal("70"),
                                null))));
    }

    @Test
    void aFailingStatusAnUndownloadableCertificateAndAnUnmappedTypeAreIgnoredWithWhy() {
        assertEquals("the learner is not passing the course", Translator.translate(Platform.OPENEDX,
                OpenEdxEvents.read(event("openedx/course_passing_status_failing.json")), null).ignoredWhy());
        ObjectNode certificate = event("openedx/certificate_created.json");
        ((ObjectNode) certificate.get("data").get("certificate")).put("current_status", "notpassing");
        assertEquals("certificate status notpassing is not downloadable", Translator.translate(Platform.OPENEDX,
                OpenEdxEvents.read(certificate), null).ignoredWhy());
        ObjectNode other = event("openedx/course_enrollment_created.json");
        ((ObjectNode) other.get("metadata")).put("event_type", "org.openedx.learning.course.enrollment.changed.v1");
        PlatformEvent changed = OpenEdxEvents.read(other);
        assertEquals(PlatformEvent.Kind.OTHER, changed.kind());
        assertEquals("Open edX event org.openedx.learning.course.enrollment.changed.v1 is not mapped ("
                + OpenEdxEvents.ENROLLMENT_CREATED + ", " + OpenEdxEvents.PASSING_STATUS + " and "
                + OpenEdxEvents.CERTIFICATE_CREATED + " are)", Translator.translate(Platform.OPENEDX, changed, null)
                .ignoredWhy());
    }
}
