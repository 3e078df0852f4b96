package org.microcred.assessment.messaging;

import org.junit.jupiter.api.Tag;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microcred.assessment.AssessmentFixture;
import org.microcred.assessment.AssessmentFixture.Task;
import org.microcred.assessment.PublishedEvents;
import org.microcred.events.EventEnvelope;
import org.microcred.events.EventPayload;
import org.microcred.events.assessment.AssessmentDecided;
import org.microcred.events.assessment.CriterionScore;
import org.microcred.events.assessment.Decision;
import org.microcred.events.submission.SubmissionSubmitted;
import org.microcred.support.testing.TestKafka;
import org.microcred.support.testing.Tokens;

/** Assessment on the real broker: tasks from submission events, decisions out through the outbox. */
@Tag("servers")
@QuarkusTest
class AssessmentEventsTest {

    @Test
    void theSameSubmissionDeliveredTwiceCreatesOneTask() {
        UUID achievement = AssessmentFixture.publishRubric("northbridge");
        EventEnvelope<SubmissionSubmitted> first = AssessmentFixture.submission("northbridge", achievement,
                "nb-earner", Instant.now().minusSeconds(60));
        AssessmentFixture.publish(first);
        AssessmentFixture.publish(first);
        // The same attempt again under a new event id, as a producer that retried would send it.
        AssessmentFixture.publish(EventEnvelope.wrap(first.payload(), "northbridge", first.subject(), Instant.now(), null));
        // Same key, same partition: once this one shows, every copy before it was consumed.
        EventEnvelope<SubmissionSubmitted> marker = AssessmentFixture.submission("northbridge", achievement,
                "nb-earner", Instant.now());
        TestKafka.publish(AssessmentFixture.PREFIX, first.payload().enrolmentId().toString(), marker);

        AssessmentFixture.awaitTask("nb-assessor", achievement, marker.payload().submissionId());
        given().auth().oauth2(Tokens.user("nb-assessor"))
                .queryParam("achievementId", achievement.toString()).get("/api/v1/assessments")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.submissionId", contains(first.payload().submissionId().toString(),
                        marker.payload().submissionId().toString()));
    }

    @Test
    void theDecisionIsPublishedWithTheScoresAndTheEvidence() {
        Task task = AssessmentFixture.claimedTask("northbridge", "nb-earner", "nb-assessor");
        AssessmentFixture.decide("nb-assessor", task.id(), AssessmentFixture.scores("proficient", "yes"))
                .statusCode(200);

        List<EventEnvelope<EventPayload>> published = await().atMost(AssessmentFixture.PATIENCE).until(
                () -> PublishedEvents.envelopes(task.key()),
                all -> all.stream().anyMatch(e -> e.payload() instanceof AssessmentDecided));
        EventEnvelope<EventPayload> event = published.stream()
                .filter(e -> e.payload() instanceof AssessmentDecided).findFirst().orElseThrow();
        AssessmentDecided decided = (AssessmentDecided) event.payload();
        SubmissionSubmitted submitted = task.payload();
        assertEquals("northbridge", event.tenantId());
        assertEquals(task.key(), event.subject());
        assertEquals(task.id(), decided.assessmentId());
        assertEquals(submitted.submissionId(), decided.submissionId());
        assertEquals(submitted.enrolmentId(), decided.enrolmentId());
        assertEquals(task.achievementId(), decided.achievementId());
        assertEquals(submitted.earnerId(), decided.earnerId());
        assertEquals(submitted.earnerEmail(), decided.earnerEmail());
        assertEquals("Zoë Earner", decided.earnerName());
        assertEquals(1, decided.attempt());
        assertEquals(Decision.AWARD, decided.decision());
        assertEquals(List.of(new CriterionScore("objectives", "proficient", "Objectives: proficient"),
                new CriterionScore("checks", "yes", "Checks: yes")), decided.scores());
        assertEquals("Clear plan; see the notes per criterion.", decided.feedback());
        assertEquals(Tokens.subject("nb-assessor"), decided.assessorId());
        assertEquals(submitted.artifacts(), decided.evidence());
        assertEquals(submitted.links(), decided.links());
        assertEquals("rubric", decided.basis());
        assertNull(decided.score());
        assertNull(decided.secondAssessorId());
        assertNull(decided.markersAgreed());
        // The activity's dates travel on: enrolment (start) and the judged attempt's submission (end).
        assertEquals(submitted.enrolledAt(), decided.enrolledAt());
        assertEquals(submitted.submittedAt().truncatedTo(ChronoUnit.MICROS), decided.submittedAt());
    }

    @Test
    void aSubmissionWhoseRubricHasNotArrivedIsClaimedAndDecidedOnceItDoes() {
        UUID achievement = UUID.randomUUID();
        EventEnvelope<SubmissionSubmitted> submitted = AssessmentFixture.submission("northbridge", achievement,
                "nb-earner", Instant.now());
        AssessmentFixture.publish(submitted);
        UUID taskId = AssessmentFixture.awaitTask("nb-assessor", achievement, submitted.payload().submissionId());
        AssessmentFixture.get("nb-assessor", taskId).statusCode(200)
                .body("achievementName", equalTo(null)).body("feedbackTargetDays", equalTo(14));
        AssessmentFixture.claim("nb-assessor", taskId).statusCode(200);
        decide(taskId).statusCode(409).body("type", equalTo("https://microcred.org/problems/rubric-not-yet-known"));

        AssessmentFixture.publishRubric("northbridge", achievement);
        await().atMost(AssessmentFixture.PATIENCE).untilAsserted(() -> decide(taskId).statusCode(200)
                .body("decision", equalTo("AWARD")));
    }

    @Test
    void aRedeliveredCatalogueEventKeepsTheVersion() {
        Task task = AssessmentFixture.pendingTask("northbridge", "nb-earner", "nb-assessor");
        // The same definition again under a new event id: the version (and the task) are unchanged.
        AssessmentFixture.publishRubric("northbridge", task.achievementId());
        AssessmentFixture.claim("nb-assessor", task.id()).statusCode(200);
        AssessmentFixture.decide("nb-assessor", task.id(), AssessmentFixture.scores("proficient", "yes"))
                .statusCode(200).body("decision", equalTo("AWARD"))
                .body("achievementName", equalTo(AssessmentFixture.NAME));
    }

    private static io.restassured.response.ValidatableResponse decide(UUID taskId) {
        return AssessmentFixture.decide("nb-assessor", taskId, AssessmentFixture.scores("proficient", "yes"));
    }
}
