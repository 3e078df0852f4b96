package org.microcred.assessment.messaging;

import org.junit.jupiter.api.Tag;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microcred.assessment.AssessmentFixture;
import org.microcred.assessment.AssessmentFixture.Definition;
import org.microcred.assessment.PublishedEvents;
import org.microcred.events.EventEnvelope;
import org.microcred.events.assessment.AssessmentDecided;
import org.microcred.events.assessment.Decision;
import org.microcred.events.catalogue.AchievementPublished;
import org.microcred.events.catalogue.ProgressRule;
import org.microcred.events.enrolment.ActivityReported;
import org.microcred.events.enrolment.EnrolmentStatus;
import org.microcred.support.testing.TestKafka;
import org.microcred.support.testing.Tokens;

/** Progress micro-credentials are decided from LMS reports, without an assessor. */
@Tag("servers")
@QuarkusTest
class ProgressTest {

    @Test
    void aScoreMeetingTheRuleIsAnAwardOnProgressBasis() {
        UUID achievement = progress(EnrolmentEvents.QUIZ_80);
        UUID enrolment = UUID.randomUUID();
        EventEnvelope<ActivityReported> report = EnrolmentEvents.report(achievement, enrolment, "nb-earner",
                "quiz-final", "86.5");
        EnrolmentEvents.publish(report, enrolment);

        AssessmentDecided decided = PublishedEvents.await(enrolment.toString(), AssessmentDecided.class, 1).get(0);
        ActivityReported r = report.payload();
        assertEquals(Decision.AWARD, decided.decision());
        assertEquals("progress", decided.basis());
        assertEquals(0, new BigDecimal("86.5").compareTo(decided.score()));
        assertNull(decided.submissionId());
        assertNull(decided.assessorId());
        assertEquals(1, decided.attempt());
        assertEquals(List.of(), decided.scores());
        assertEquals(achievement, decided.achievementId());
        assertEquals(r.earnerId(), decided.earnerId());
        assertEquals(r.earnerEmail(), decided.earnerEmail());
        assertEquals(r.occurredAt(), decided.submittedAt());
        assertEquals(r.enrolledAt(), decided.enrolledAt());
        assertTrue(decided.feedback().contains("86.5"), decided.feedback());
    }

    @Test
    void aScoreBelowIsARevisionAndALaterPassingScoreStillAwardsOnce() {
        UUID achievement = progress(EnrolmentEvents.QUIZ_80);
        UUID enrolment = UUID.randomUUID();
        EnrolmentEvents.publish(EnrolmentEvents.report(achievement, enrolment, "nb-earner", "quiz-final", "60"), enrolment);
        AssessmentDecided revise = PublishedEvents.await(enrolment.toString(), AssessmentDecided.class, 1).get(0);
        assertEquals(Decision.REVISE, revise.decision());
        assertEquals("progress", revise.basis());
        assertTrue(revise.feedback().contains("60") && revise.feedback().contains("80"), revise.feedback());

        EnrolmentEvents.publish(EnrolmentEvents.report(achievement, enrolment, "nb-earner", "quiz-final", "90"), enrolment);
        EnrolmentEvents.publish(EnrolmentEvents.report(achievement, enrolment, "nb-earner", "quiz-final", "95"), enrolment);
        EnrolmentEvents.publish(EnrolmentEvents.report(achievement, enrolment, "nb-earner", "quiz-final", "10"), enrolment);
        EnrolmentEvents.awaitConsumed(enrolment);
        assertEquals(List.of(Decision.REVISE, Decision.AWARD),
                EnrolmentEvents.decided(enrolment).stream().map(AssessmentDecided::decision).toList());

        // The earner reads both decisions, with the LMS score.
        given().auth().oauth2(Tokens.user("nb-earner")).queryParam("enrolmentId", enrolment.toString())
                .get("/api/v1/assessments/feedback").then().statusCode(200)
                .body("items.decision", contains("REVISE", "AWARD"))
                .body("items.basis", contains("progress", "progress"))
                .body("items.score", contains(60, 90));
    }

    @Test
    void aReportBeforeItsVersionIsParkedAndDecidedWhenTheVersionArrives() {
        UUID achievement = UUID.randomUUID();
        UUID enrolment = UUID.randomUUID();
        EnrolmentEvents.publish(EnrolmentEvents.report(achievement, enrolment, "nb-earner", "quiz-final", "81"), enrolment);
        EnrolmentEvents.awaitConsumed(enrolment);
        assertEquals(List.of(), EnrolmentEvents.decided(enrolment));

        AssessmentFixture.publish("northbridge", achievement, Definition.progress(EnrolmentEvents.QUIZ_80));
        AssessmentDecided decided = PublishedEvents.await(enrolment.toString(), AssessmentDecided.class, 1).get(0);
        assertEquals(Decision.AWARD, decided.decision());
        assertEquals(0, new BigDecimal("81").compareTo(decided.score()));
    }

    @Test
    void aCatalogueEventDeliveredAgainDecidesAParkedReportOnce() {
        UUID achievement = UUID.randomUUID();
        UUID enrolment = UUID.randomUUID();
        UUID markerAchievement = UUID.randomUUID();
        UUID markerEnrolment = UUID.randomUUID();
        EnrolmentEvents.publish(EnrolmentEvents.report(achievement, enrolment, "nb-earner", "quiz-final", "70"), enrolment);
        EnrolmentEvents.publish(EnrolmentEvents.report(markerAchievement, markerEnrolment, "nb-earner", "quiz-final",
                "90"), enrolment);
        EnrolmentEvents.awaitConsumed(enrolment);

        EventEnvelope<AchievementPublished> published = AssessmentFixture.publish("northbridge", achievement,
                Definition.progress(EnrolmentEvents.QUIZ_80));
        TestKafka.publish(AssessmentFixture.PREFIX, achievement.toString(), published);
        TestKafka.publish(AssessmentFixture.PREFIX, achievement.toString(), EventEnvelope.wrap(published.payload(),
                "northbridge", published.subject(), Instant.now(), null));
        // Behind the copies on the same partition: once its parked report is decided, they were consumed.
        EventEnvelope<AchievementPublished> marker = EventEnvelope.wrap(new AchievementPublished(markerAchievement, 1,
                "Marker", null, null, null, "MicroCredential", List.of(), null, Instant.now(), null, null, null, null,
                null, null, null, null, null, null, "progress", EnrolmentEvents.QUIZ_80, null, null, null, null, null),
                "northbridge", markerAchievement.toString(), Instant.now(), null);
        TestKafka.publish(AssessmentFixture.PREFIX, achievement.toString(), marker);
        PublishedEvents.await(markerEnrolment.toString(), AssessmentDecided.class, 1);

        assertEquals(List.of(Decision.REVISE),
                EnrolmentEvents.decided(enrolment).stream().map(AssessmentDecided::decision).toList());
    }

    @Test
    void completionAwardsAndOtherActivitiesOrPerformanceVersionsDecideNothing() {
        UUID completion = progress(new ProgressRule("module-3", "completion", null));
        UUID performance = AssessmentFixture.publishRubric("northbridge");
        UUID enrolment = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        EnrolmentEvents.publish(EnrolmentEvents.report(completion, enrolment, "nb-earner", "module-2", null), enrolment);
        EnrolmentEvents.publish(EnrolmentEvents.report(performance, other, "nb-earner", "module-3", null), enrolment);
        EnrolmentEvents.publish(EnrolmentEvents.report(completion, enrolment, "nb-earner", "module-3", null), enrolment);

        AssessmentDecided decided = PublishedEvents.await(enrolment.toString(), AssessmentDecided.class, 1).get(0);
        assertEquals(Decision.AWARD, decided.decision());
        assertNull(decided.score());
        EnrolmentEvents.awaitConsumed(enrolment);
        assertEquals(1, EnrolmentEvents.decided(enrolment).size());
        assertEquals(List.of(), EnrolmentEvents.decided(other));
    }

    @Test
    void theSameReportDeliveredAgainHasOneEffect() {
        UUID achievement = progress(EnrolmentEvents.QUIZ_80);
        UUID enrolment = UUID.randomUUID();
        EventEnvelope<ActivityReported> report = EnrolmentEvents.report(achievement, enrolment, "nb-earner",
                "quiz-final", "55");
        EnrolmentEvents.publish(report, enrolment);
        EnrolmentEvents.publish(report, enrolment);
        // The same LMS delivery under a new event id (a producer's retry): still one decision.
        EnrolmentEvents.publish(EventEnvelope.wrap(report.payload(), "northbridge", report.subject(), Instant.now(),
                null), enrolment);
        EnrolmentEvents.awaitConsumed(enrolment);
        assertEquals(List.of(Decision.REVISE),
                EnrolmentEvents.decided(enrolment).stream().map(AssessmentDecided::decision).toList());
    }

    @Test
    void reportsAfterTheEnrolmentEndedDecideNothing() {
        UUID achievement = progress(EnrolmentEvents.QUIZ_80);
        UUID enrolment = UUID.randomUUID();
        EnrolmentEvents.publish(EnrolmentEvents.statusChanged(achievement, enrolment, "nb-earner",
                EnrolmentStatus.WITHDRAWN), enrolment);
        EnrolmentEvents.publish(EnrolmentEvents.report(achievement, enrolment, "nb-earner", "quiz-final", "99"), enrolment);
        EnrolmentEvents.awaitConsumed(enrolment);
        assertEquals(List.of(), EnrolmentEvents.decided(enrolment));
    }

    @Test
    void anAwardTheLmsAskedForIsAnAwardWithItsEvidenceAndIsDecidedOnce() {
        UUID achievement = progress(EnrolmentEvents.QUIZ_80);
        UUID enrolment = UUID.randomUUID();
        ActivityReported plain = EnrolmentEvents.report(achievement, enrolment, "nb-earner", "lms-award", "40")
                .payload();
        ActivityReported asked = new ActivityReported(plain.reportId(), enrolment, achievement, 1, plain.earnerId(),
                plain.earnerEmail(), plain.earnerName(), "lms-award", true, plain.score(), plain.occurredAt(),
                plain.enrolledAt(), true, "https://lms.example.org/courses/7/completion");
        EventEnvelope<ActivityReported> event = EventEnvelope.wrap(asked, "northbridge", enrolment.toString(),
                Instant.now(), null);
        EnrolmentEvents.publish(event, enrolment);
        EnrolmentEvents.publish(event, enrolment);

        AssessmentDecided decided = PublishedEvents.await(enrolment.toString(), AssessmentDecided.class, 1).get(0);
        assertEquals(Decision.AWARD, decided.decision(), "the rule's score of 80 is the LMS's to judge here");
        assertEquals("progress", decided.basis());
        assertEquals(1, decided.links().size(), decided.links().toString());
        assertEquals("https://lms.example.org/courses/7/completion", decided.links().get(0).url());
        EnrolmentEvents.awaitConsumed(enrolment);
        assertEquals(1, EnrolmentEvents.decided(enrolment).size(), "one award for a request delivered twice");
    }

    private static UUID progress(ProgressRule rule) {
        return AssessmentFixture.publish("northbridge", Definition.progress(rule));
    }
}
