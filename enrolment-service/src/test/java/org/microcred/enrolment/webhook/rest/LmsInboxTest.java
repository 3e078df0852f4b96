package org.microcred.enrolment.webhook.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.enrolment.rest.EnrolmentFixture;
import org.microcred.events.enrolment.ActivityReported;
import org.microcred.support.testing.Tokens;

/**
 * The inbox applies each stored delivery once, in arrival order per tenant: PROCESSED with its
 * result, or FAILED with the problem it met; a failure that state may still change is retried a
 * bounded number of times (the test profile's delays: 0.2 s doubling, 5 retries).
 */
@Tag("servers")
@QuarkusTest
class LmsInboxTest {

    private static final String TENANT = "northbridge";
    private static final String PROBLEMS = "https://microcred.org/problems/";

    @Test
    void anActivityIsReportedForTheLearnersEnrolmentOnce() {
        UUID achievement = EnrolmentFixture.published("Activity " + UUID.randomUUID());
        String learner = "active-" + UUID.randomUUID();
        String enrolment = WebhookSigner.processed(TENANT, WebhookSigner.enrolmentRequested(achievement, learner))
                .getString("enrolmentId");
        String id = "msg_" + UUID.randomUUID();
        long now = Instant.now().getEpochSecond();
        String body = WebhookSigner.activityCompleted(achievement, learner, "quiz-final", 86.5);
        WebhookSigner.deliver(TENANT, id, now, body).then().statusCode(202);
        JsonPath status = WebhookSigner.settled(TENANT, id);
        assertEquals("PROCESSED", status.getString("status"), status.prettify());
        assertEquals("activity.completed", status.getString("type"));
        assertEquals(enrolment, status.getString("result.enrolmentId"));
        String reportId = status.getString("result.reportId");
        assertNotNull(reportId, status.prettify());
        // The LMS sends it again: the same delivery, already applied, applied no second time.
        WebhookSigner.deliver(TENANT, id, now, body).then().statusCode(202);
        assertEquals(reportId, WebhookSigner.settled(TENANT, id).getString("result.reportId"));

        // The report reaches the topic; that it was made once, the outbox says (the delivery has settled).
        await().atMost(Duration.ofSeconds(30)).until(
                () -> EnrolmentFixture.events(UUID.fromString(enrolment)).stream()
                        .anyMatch(e -> e.payload() instanceof ActivityReported));
        List<ActivityReported> reports = EnrolmentFixture.committed(UUID.fromString(enrolment)).stream()
                .map(e -> e.payload()).filter(ActivityReported.class::isInstance)
                .map(ActivityReported.class::cast).toList();
        assertEquals(1, reports.size(), "one report for one delivery: " + reports);
        ActivityReported report = reports.get(0);
        assertEquals(UUID.fromString(reportId), report.reportId());
        assertEquals("quiz-final", report.activityId());
        assertEquals(0, new BigDecimal("86.5").compareTo(report.score()));
        assertEquals(learner, report.earnerId());
        assertEquals(1, report.achievementVersion());
    }

    @Test
    void anActivityForALearnerWithoutEnrolmentFailsWithA404AfterItsRetries() {
        UUID achievement = EnrolmentFixture.published("No learner " + UUID.randomUUID());
        String learner = "nobody-" + UUID.randomUUID();
        JsonPath status = WebhookSigner.deliverAndSettle(TENANT,
                WebhookSigner.activityCompleted(achievement, learner, "quiz", null));
        assertEquals("FAILED", status.getString("status"), status.prettify());
        assertNull(status.get("result"));
        assertEquals(PROBLEMS + "not-found", status.getString("problem.type"));
        assertEquals(404, status.getInt("problem.status"));
        assertTrue(status.getString("problem.detail").contains(learner), status.prettify());
        assertEquals(6, status.getInt("attempts"), "tried once and retried 5 times: " + status.prettify());
        assertNotNull(status.getString("processedAt"));
    }

    @Test
    void anActivityThatArrivesBeforeTheEnrolmentIsAppliedOnceTheLearnerIsEnrolled() {
        UUID achievement = EnrolmentFixture.published("Early report " + UUID.randomUUID());
        String learner = "early-" + UUID.randomUUID();
        String report = WebhookSigner.deliver(TENANT,
                        WebhookSigner.activityCompleted(achievement, learner, "quiz", 70.0))
                .then().statusCode(202).extract().path("deliveryId");
        await().atMost(Duration.ofSeconds(30)).until(() -> WebhookSigner.status(TENANT, report).then()
                .extract().<Integer>path("attempts") >= 1);
        JsonPath waiting = WebhookSigner.status(TENANT, report).then().extract().jsonPath();
        if ("RECEIVED".equals(waiting.getString("status"))) {
            assertNotNull(waiting.getString("nextAttemptAt"), "a retry is scheduled: " + waiting.prettify());
        }

        String enrolment = WebhookSigner.processed(TENANT, WebhookSigner.enrolmentRequested(achievement, learner))
                .getString("enrolmentId");
        JsonPath applied = WebhookSigner.settled(TENANT, report);
        assertEquals("PROCESSED", applied.getString("status"), applied.prettify());
        assertEquals(enrolment, applied.getString("result.enrolmentId"));
    }

    @Test
    void aTenantsDeliveriesAreAppliedInTheOrderTheyArrived() {
        UUID achievement = EnrolmentFixture.published("In order " + UUID.randomUUID());
        String learner = "ordered-" + UUID.randomUUID();
        // Back to back, before either is applied: the report finds the enrolment made just before it.
        String enrol = WebhookSigner.deliver(TENANT, WebhookSigner.enrolmentRequested(achievement, learner))
                .then().statusCode(202).extract().path("deliveryId");
        String report = WebhookSigner.deliver(TENANT,
                        WebhookSigner.activityCompleted(achievement, learner, "quiz", 55.0))
                .then().statusCode(202).extract().path("deliveryId");
        JsonPath enrolled = WebhookSigner.settled(TENANT, enrol);
        JsonPath reported = WebhookSigner.settled(TENANT, report);
        assertEquals("PROCESSED", reported.getString("status"), reported.prettify());
        assertEquals(0, reported.getInt("attempts"), "applied at its first attempt: " + reported.prettify());
        assertEquals(enrolled.getString("result.enrolmentId"), reported.getString("result.enrolmentId"));
        assertTrue(!Instant.parse(reported.getString("processedAt"))
                .isBefore(Instant.parse(enrolled.getString("processedAt"))));
    }

    @Test
    void anActivityForAWithdrawnEnrolmentFailsWithA409AtOnce() {
        UUID achievement = EnrolmentFixture.published("Withdrawn learner " + UUID.randomUUID());
        UUID enrolment = EnrolmentFixture.enrolled("nb-earner2", achievement);
        given().auth().oauth2(Tokens.user("nb-earner2")).post("/api/v1/enrolments/" + enrolment + "/withdraw")
                .then().statusCode(200);
        JsonPath status = WebhookSigner.deliverAndSettle(TENANT, WebhookSigner.activityCompleted(achievement,
                Tokens.subject("nb-earner2"), "quiz", 90.0));
        assertEquals("FAILED", status.getString("status"), status.prettify());
        assertEquals(PROBLEMS + "enrolment-closed", status.getString("problem.type"));
        assertEquals(409, status.getInt("problem.status"));
        assertEquals(1, status.getInt("attempts"), "a closed enrolment is not retried");
    }

    @Test
    void enrollingInAnotherTenantsMicroCredentialFailsWithA404() {
        UUID achievement = EnrolmentFixture.published("Northbridge's " + UUID.randomUUID());
        JsonPath status = WebhookSigner.deliverAndSettle("southport",
                WebhookSigner.enrolmentRequested(achievement, "sp-" + UUID.randomUUID()));
        assertEquals("FAILED", status.getString("status"), status.prettify());
        assertEquals(404, status.getInt("problem.status"));
        assertEquals(1, status.getInt("attempts"));
    }
}
