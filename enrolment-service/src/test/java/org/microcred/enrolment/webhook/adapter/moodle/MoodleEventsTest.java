package org.microcred.enrolment.webhook.adapter.moodle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
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

/** Moodle events as the observer plugin posts them (fixtures under lms-fixtures/moodle) into the inbox's messages. */
class MoodleEventsTest {

    private static final UUID ACHIEVEMENT = UUID.fromString("a1d2c3b4-5e6f-4a70-8b91-c2d3e4f50617");

    @Test
    void aUserEnrolmentBecomesEnrolmentRequestedWithTheEmailThePluginAdded() {
        PlatformEvent event = MoodleEvents.read(event("moodle/user_enrolment_created.json"));
        assertEquals(json("""
                {"type": "enrolment.requested", "data": {"achievementId": "a1d2c3b4-5e6f-4a70-8b91-c2d3e4f50617",
                 "learner": {"email": "tomas.berg@students.northbridge.example", "name": "Tomas Berg"}}}"""),
                canonical(Translator.translate(Platform.MOODLE, event,
                        mapping(Platform.MOODLE, "57", ACHIEVEMENT, "award", null, null, null))));
    }

    @Test
    void withoutAnEmailTheLearnerIsNamedByTheirMoodleId() {
        ObjectNode fixture = event("moodle/user_enrolment_created.json");
        ((ObjectNode) fixture.get("relateduser")).remove("email");
        assertEquals(json("""
                {"type": "enrolment.requested", "data": {"achievementId": "a1d2c3b4-5e6f-4a70-8b91-c2d3e4f50617",
                 "learner": {"id": "moodle:318", "name": "Tomas Berg"}}}"""),
                canonical(Translator.translate(Platform.MOODLE, MoodleEvents.read(fixture),
                        mapping(Platform.MOODLE, "57", ACHIEVEMENT, "award", null, null, null))));
        ObjectNode completion = event("moodle/course_module_completion_updated.json");
        ((ObjectNode) completion.get("relateduser")).put("email", "not an email");
        assertEquals(json("{\"id\": \"moodle:318\"}"), canonical(Translator.translate(Platform.MOODLE,
                MoodleEvents.read(completion), mapping(Platform.MOODLE, "57", ACHIEVEMENT, "activity", "final-quiz",
                        null, "812"))).get("data").get("learner"));
    }

    @Test
    void aCourseCompletionMappedToAwardBecomesAnAwardRequestWithItsGrade() {
        PlatformEvent event = MoodleEvents.read(event("moodle/course_completed.json"));
        assertEquals(json("""
                {"type": "credential.award.requested", "data": {"achievementId": "a1d2c3b4-5e6f-4a70-8b91-c2d3e4f50617",
                 "learner": {"email": "tomas.berg@students.northbridge.example", "name": "Tomas Berg"},
                 "completedAt": "2026-04-07T14:00:00Z", "score": 88.50}}"""),
                canonical(Translator.translate(Platform.MOODLE, event,
                        mapping(Platform.MOODLE, "57", ACHIEVEMENT, "award", null, new BigDecimal("80"), null))));
    }

    @Test
    void aPassedCompletionOfTheMappedModuleReportsTheActivity() {
        PlatformEvent event = MoodleEvents.read(event("moodle/course_module_completion_updated.json"));
        assertEquals(json("""
                {"type": "activity.completed", "data": {"achievementId": "a1d2c3b4-5e6f-4a70-8b91-c2d3e4f50617",
                 "learner": {"email": "tomas.berg@students.northbridge.example"}, "activityId": "final-quiz", "completed": true,
                 "occurredAt": "2026-04-06T14:00:00Z"}}"""),
                canonical(Translator.translate(Platform.MOODLE, event,
                        mapping(Platform.MOODLE, "57", ACHIEVEMENT, "activity", "final-quiz", null, "812"))));
    }

    @Test
    void anIncompleteOrFailedModuleAndAnUnmappedEventAreIgnoredWithWhy() {
        ObjectNode failed = event("moodle/course_module_completion_updated.json");
        ((ObjectNode) failed.get("other")).put("completionstate", 3);
        assertEquals("completion state 3 is not complete (1) or passed (2)",
                Translator.translate(Platform.MOODLE, MoodleEvents.read(failed), null).ignoredWhy());
        Translator.Translation login = Translator.translate(Platform.MOODLE,
                MoodleEvents.read(event("moodle/user_loggedin.json")), null);
        assertTrue(login.ignoredWhy().startsWith("Moodle event \\core\\event\\user_loggedin is not mapped"),
                login.ignoredWhy());
    }

    @Test
    void theEventIdIsThePluginsOrDerivedFromWhatIdentifiesTheEvent() {
        ObjectNode event = event("moodle/course_completed.json");
        String derived = MoodleEvents.read(event).eventId();
        assertEquals(derived, MoodleEvents.read(event("moodle/course_completed.json")).eventId());
        event.put("timecreated", 1775570401);
        assertNotEquals(derived, MoodleEvents.read(event).eventId());
        event.put("eventid", 771204);
        assertEquals("771204", MoodleEvents.read(event).eventId());
    }
}
