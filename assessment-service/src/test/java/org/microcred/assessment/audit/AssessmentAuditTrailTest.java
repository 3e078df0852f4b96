package org.microcred.assessment.audit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.assessment.AssessmentFixture;
import org.microcred.assessment.AssessmentFixture.Definition;
import org.microcred.assessment.PublishedEvents;
import org.microcred.events.EventEnvelope;
import org.microcred.events.assessment.AssessmentDecided;
import org.microcred.events.catalogue.AchievementPublished;
import org.microcred.events.catalogue.ProgressRule;
import org.microcred.events.enrolment.ActivityReported;
import org.microcred.support.testing.AuditDb;
import org.microcred.support.testing.AuditTrailContract;
import org.microcred.support.testing.TestKafka;
import org.microcred.support.testing.Tokens;

/**
 * Assessment's trail as a whole: decisions the service takes from LMS reports (recorded by the service, with the
 * event's id), and what every trail must do (service-support's {@link AuditTrailContract}: an operator's drop of a
 * parked outbox row, who may read the trail, append-only, a changed record found).
 */
@Tag("servers")
@QuarkusTest
class AssessmentAuditTrailTest extends AuditTrailContract {

    private static final ProgressRule QUIZ_80 = new ProgressRule("quiz-final", "score", new BigDecimal("80"));

    @Test
    void aProgressDecisionIsRecordedByTheServiceWithTheReportsEventId() {
        UUID achievement = AssessmentFixture.publish("northbridge", Definition.progress(QUIZ_80));
        await().atMost(AssessmentFixture.PATIENCE).until(() -> AuditDb.count(
                "SELECT count(*) FROM achievement_version WHERE achievement_id = ?", achievement) == 1);
        EventEnvelope<ActivityReported> report = report(achievement, "86.5");
        UUID assessment = decidedFrom(report);

        AssessmentAuditTest.records("nb-admin", assessment).body("", hasSize(1))
                .body("[0].action", equalTo("assessment.decided"))
                .body("[0].actorType", equalTo("service"))
                .body("[0].actorId", equalTo("assessment-service"))
                .body("[0].actorRoles", hasSize(0))
                .body("[0].eventId", equalTo(report.eventId().toString()))
                .body("[0].before", nullValue())
                .body("[0].after.status", equalTo("DECIDED"))
                .body("[0].after.basis", equalTo("progress"))
                .body("[0].after.decision", equalTo("AWARD"))
                .body("[0].after.score", equalTo("86.5"))
                .body("[0].after.activityId", equalTo("quiz-final"))
                .body("[0].after.reportId", equalTo(report.payload().reportId().toString()))
                .body("[0].after.feedbackGiven", equalTo(true));
    }

    @Test
    void aReportThatWaitedForItsVersionIsRecordedWithTheCatalogueEventsId() {
        UUID achievement = UUID.randomUUID();
        EventEnvelope<ActivityReported> report = report(achievement, "91");
        TestKafka.publish(AssessmentFixture.PREFIX, report.payload().enrolmentId().toString(), report);
        await().atMost(AssessmentFixture.PATIENCE).until(() -> AuditDb.count(
                "SELECT count(*) FROM parked_progress_report WHERE report_id = ?", report.payload().reportId()) == 1);
        EventEnvelope<AchievementPublished> version = AssessmentFixture.publish("northbridge", achievement,
                Definition.progress(QUIZ_80));
        UUID assessment = PublishedEvents.await(report.payload().enrolmentId().toString(), AssessmentDecided.class, 1)
                .get(0).assessmentId();

        AssessmentAuditTest.records("nb-admin", assessment).body("", hasSize(1))
                .body("[0].actorType", equalTo("service"))
                .body("[0].eventId", equalTo(version.eventId().toString()))
                .body("[0].after.reportId", equalTo(report.payload().reportId().toString()));
    }

    @Override
    protected String parkedTopic() {
        return "test.assessment.events.v1";
    }

    @Override
    protected String parkedEventType() {
        return "assessment.decided";
    }

    private static EventEnvelope<ActivityReported> report(UUID achievement, String score) {
        UUID enrolment = UUID.randomUUID();
        ActivityReported payload = new ActivityReported(UUID.randomUUID(), enrolment, achievement, 1,
                Tokens.subject("nb-earner"), "nb-earner@northbridge.example", "Zoë Earner", "quiz-final", true,
                new BigDecimal(score), Instant.now().minusSeconds(30).truncatedTo(ChronoUnit.MICROS),
                Instant.now().minusSeconds(86_400).truncatedTo(ChronoUnit.MICROS));
        return EventEnvelope.wrap(payload, "northbridge", enrolment.toString(), Instant.now(), null);
    }

    private static UUID decidedFrom(EventEnvelope<ActivityReported> report) {
        String enrolment = report.payload().enrolmentId().toString();
        TestKafka.publish(AssessmentFixture.PREFIX, enrolment, report);
        return PublishedEvents.await(enrolment, AssessmentDecided.class, 1).get(0).assessmentId();
    }
}
