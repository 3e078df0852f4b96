package org.microcred.enrolment.webhook.adapter.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.microcred.enrolment.webhook.adapter.Fixtures.canonical;
import static org.microcred.enrolment.webhook.adapter.Fixtures.event;
import static org.microcred.enrolment.webhook.adapter.Fixtures.json;
import static org.microcred.enrolment.webhook.adapter.Fixtures.mapping;

import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microcred.enrolment.webhook.adapter.CourseMapping;
import org.microcred.enrolment.webhook.adapter.Platform;
import org.microcred.enrolment.webhook.adapter.PlatformEvent;
import org.microcred.enrolment.webhook.adapter.Translator;

/** Canvas Live Events (fixtures under lms-fixtures/canvas) into the inbox's own messages. */
class CanvasEventsTest {

    private static final UUID ACHIEVEMENT = UUID.fromString("3f0c5a2e-8d1b-4c7a-9e55-0b6f1d2c3a41");

    @Test
    void aStudentEnrolmentBecomesEnrolmentRequestedForTheCanvasLearner() {
        PlatformEvent event = CanvasEvents.read(event("canvas/enrollment_created.json"));
        assertEquals("cv-evt-0001-enrol", event.eventId());
        assertEquals("canvas:cv-evt-0001-enrol", Translator.webhookId(Platform.CANVAS, event.eventId()));
        CourseMapping mapping = mapping(Platform.CANVAS, "4402", ACHIEVEMENT, "award", null, null, null);
        assertEquals(json("""
                {"type": "enrolment.requested", "data": {"achievementId": "3f0c5a2e-8d1b-4c7a-9e55-0b6f1d2c3a41",
                 "learner": {"id": "canvas:21000000000345", "name": "Amara Okafor"}}}"""),
                canonical(Translator.translate(Platform.CANVAS, event, mapping)));
    }

    @Test
    void aTeachersEnrolmentIsIgnored() {
        var fixture = event("canvas/enrollment_created.json");
        ((com.fasterxml.jackson.databind.node.ObjectNode) fixture.get("body")).put("type", "TeacherEnrollment");
        Translator.Translation translation = Translator.translate(Platform.CANVAS, CanvasEvents.read(fixture),
                mapping(Platform.CANVAS, "4402", ACHIEVEMENT, "award", null, null, null));
        assertTrue(translation.ignored());
        assertEquals("enrolment type TeacherEnrollment is not a learner's (StudentEnrollment)",
                translation.ignoredWhy());
    }

    @Test
    void aCompletedCourseMappedToAwardBecomesAnAwardRequestByEmail() {
        PlatformEvent event = CanvasEvents.read(event("canvas/course_completed.json"));
        CourseMapping mapping = mapping(Platform.CANVAS, "4402", ACHIEVEMENT, "award", null, null, null);
        assertEquals(json("""
                {"type": "credential.award.requested", "data": {"achievementId": "3f0c5a2e-8d1b-4c7a-9e55-0b6f1d2c3a41",
                 "learner": {"email": "amara.okafor@students.northbridge.example", "name": "Amara Okafor"},
                 "completedAt": "2026-04-18T16:40:01Z"}}"""),
                canonical(Translator.translate(Platform.CANVAS, event, mapping)));
    }

    /** Canvas enrols by its id (enrollment_created carries no email): its reports name that id, email or not. */
    @Test
    void aCompletedCourseMappedToActivityReportsTheActivity() {
        PlatformEvent event = CanvasEvents.read(event("canvas/course_completed.json"));
        CourseMapping mapping = mapping(Platform.CANVAS, "4402", ACHIEVEMENT, "activity", "data-ethics-course", null,
                null);
        assertEquals(json("""
                {"type": "activity.completed", "data": {"achievementId": "3f0c5a2e-8d1b-4c7a-9e55-0b6f1d2c3a41",
                 "learner": {"id": "canvas:21000000000345"}, "activityId": "data-ethics-course", "completed": true,
                 "occurredAt": "2026-04-18T16:40:01Z"}}"""),
                canonical(Translator.translate(Platform.CANVAS, event, mapping)));
    }

    @Test
    void theGradeOfTheCompletionItemReportsTheActivityWithItsPercentage() {
        PlatformEvent event = CanvasEvents.read(event("canvas/grade_change.json"));
        CourseMapping mapping = mapping(Platform.CANVAS, "4402", ACHIEVEMENT, "activity", "capstone",
                new BigDecimal("80"), "77120");
        assertEquals(json("""
                {"type": "activity.completed", "data": {"achievementId": "3f0c5a2e-8d1b-4c7a-9e55-0b6f1d2c3a41",
                 "learner": {"id": "canvas:21000000000345"}, "activityId": "capstone", "completed": true,
                 "score": 87.50, "occurredAt": "2026-04-17T11:05:44.020Z"}}"""),
                canonical(Translator.translate(Platform.CANVAS, event, mapping)));
    }

    @Test
    void aGradeUnderTheMinimumOrOfAnotherItemIsIgnoredWithWhy() {
        PlatformEvent event = CanvasEvents.read(event("canvas/grade_change.json"));
        assertEquals("grade 87.50 is under the course's minimum of 90",
                Translator.translate(Platform.CANVAS, event, mapping(Platform.CANVAS, "4402", ACHIEVEMENT, "activity",
                        "capstone", new BigDecimal("90"), "77120")).ignoredWhy());
        assertEquals("grade item 77120 is not the completion item of course 4402",
                Translator.translate(Platform.CANVAS, event, mapping(Platform.CANVAS, "4402", ACHIEVEMENT, "activity",
                        "capstone", null, "1")).ignoredWhy());
    }

    @Test
    void anUnmappedEventTypeOrCourseIsIgnoredWithWhy() {
        PlatformEvent submission = CanvasEvents.read(event("canvas/submission_created.json"));
        assertEquals(PlatformEvent.Kind.OTHER, submission.kind());
        assertEquals("Canvas event submission_created is not mapped (enrollment_created, course_completed and"
                + " grade_change are)", Translator.translate(Platform.CANVAS, submission, null).ignoredWhy());
        PlatformEvent enrolment = CanvasEvents.read(event("canvas/enrollment_created.json"));
        assertEquals("course 4402 of canvas is not mapped to a micro-credential",
                Translator.translate(Platform.CANVAS, enrolment, null).ignoredWhy());
    }

    @Test
    void withoutAnEventIdTheIdIsDerivedFromWhatIdentifiesTheEvent() {
        var first = event("canvas/course_completed.json");
        ((com.fasterxml.jackson.databind.node.ObjectNode) first.get("metadata")).remove("event_id");
        var again = first.deepCopy();
        String id = CanvasEvents.read(first).eventId();
        assertEquals(id, CanvasEvents.read(again).eventId());
        assertTrue(id.startsWith("derived-"), id);
        ((com.fasterxml.jackson.databind.node.ObjectNode) again.get("metadata")).put("event_time",
                "2026-04-18T16:40:03.000Z");
        assertTrue(!id.equals(CanvasEvents.read(again).eventId()));
    }
}
