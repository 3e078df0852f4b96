package org.microcred.assessment.messaging;

import org.junit.jupiter.api.Tag;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microcred.assessment.AssessmentFixture;
import org.microcred.assessment.AssessmentFixture.Task;
import org.microcred.events.EventEnvelope;
import org.microcred.events.enrolment.EnrolmentStatus;
import org.microcred.events.enrolment.EnrolmentStatusChanged;
import org.microcred.events.submission.SubmissionSubmitted;
import org.microcred.support.testing.Tokens;

/** An enrolment that ends stops its assessment, whichever of its events arrives first. */
@Tag("servers")
@QuarkusTest
class WithdrawalTest {

    private static final String PROBLEMS = "https://microcred.org/problems/";

    @Test
    void openTasksOfAnEndedEnrolmentAreWithdrawnAndCannotBeDecided() {
        Task task = AssessmentFixture.claimedTask("northbridge", "nb-earner", "nb-assessor");
        UUID enrolment = task.payload().enrolmentId();
        EventEnvelope<EnrolmentStatusChanged> withdrawn = EnrolmentEvents.statusChanged(task.achievementId(),
                enrolment, "nb-earner", EnrolmentStatus.WITHDRAWN);
        EnrolmentEvents.publish(withdrawn, enrolment);
        // Redelivered: changes nothing more.
        EnrolmentEvents.publish(withdrawn, enrolment);

        awaitStatus(task.id(), "WITHDRAWN");
        AssessmentFixture.decide("nb-assessor", task.id(), AssessmentFixture.scores("proficient", "yes"))
                .statusCode(409).body("type", equalTo(PROBLEMS + "withdrawn"));
        AssessmentFixture.claim("nb-assessor2", task.id()).statusCode(409).body("type", equalTo(PROBLEMS + "withdrawn"));
        AssessmentFixture.release("nb-assessor", task.id()).statusCode(409);
        AssessmentFixture.assign("nb-admin", task.id(), Tokens.subject("nb-assessor2")).statusCode(409);
        given().auth().oauth2(Tokens.user("nb-assessor"))
                .queryParam("achievementId", task.achievementId().toString()).get("/api/v1/assessments")
                .then().statusCode(200)
                .body("items.id", not(hasItem(task.id().toString())));
        EnrolmentEvents.awaitConsumed(enrolment);
        AssessmentFixture.get("nb-assessor", task.id()).statusCode(200).body("status", equalTo("WITHDRAWN"))
                .body("overdue", equalTo(false));
    }

    @Test
    void aDecidedTaskStaysDecidedWhenTheEnrolmentEnds() {
        Task task = AssessmentFixture.claimedTask("northbridge", "nb-earner", "nb-assessor");
        AssessmentFixture.decide("nb-assessor", task.id(), AssessmentFixture.scores("emerging", "yes")).statusCode(200);
        UUID enrolment = task.payload().enrolmentId();
        EnrolmentEvents.publish(EnrolmentEvents.statusChanged(task.achievementId(), enrolment, "nb-earner",
                EnrolmentStatus.EXPIRED), enrolment);
        EnrolmentEvents.awaitConsumed(enrolment);
        AssessmentFixture.get("nb-assessor", task.id()).statusCode(200)
                .body("status", equalTo("DECIDED")).body("decision", equalTo("REVISE"));
    }

    @Test
    void aSubmissionArrivingAfterTheEndingIsKeptWithdrawn() {
        UUID achievement = AssessmentFixture.publishRubric("northbridge");
        UUID enrolment = UUID.randomUUID();
        EnrolmentEvents.publish(EnrolmentEvents.statusChanged(achievement, enrolment, "nb-earner",
                EnrolmentStatus.DECLINED), enrolment);
        EnrolmentEvents.awaitConsumed(enrolment);

        EventEnvelope<SubmissionSubmitted> submitted = AssessmentFixture.submission("northbridge", achievement,
                "nb-earner", Instant.now(), enrolment, 1);
        AssessmentFixture.publish(submitted);
        UUID taskId = AssessmentFixture.awaitTask("nb-assessor", achievement, submitted.payload().submissionId());
        AssessmentFixture.get("nb-assessor", taskId).statusCode(200).body("status", equalTo("WITHDRAWN"));
        AssessmentFixture.claim("nb-assessor", taskId).statusCode(409);
    }

    @Test
    void aStatusThatDoesNotEndTheEnrolmentChangesNothing() {
        Task task = AssessmentFixture.pendingTask("northbridge", "nb-earner", "nb-assessor");
        UUID enrolment = task.payload().enrolmentId();
        EnrolmentEvents.publish(EnrolmentEvents.statusChanged(task.achievementId(), enrolment, "nb-earner",
                EnrolmentStatus.ACTIVE), enrolment);
        EnrolmentEvents.awaitConsumed(enrolment);
        AssessmentFixture.get("nb-assessor", task.id()).statusCode(200).body("status", equalTo("PENDING"));
        AssessmentFixture.claim("nb-assessor", task.id()).statusCode(200);
    }

    private static void awaitStatus(UUID taskId, String status) {
        await().atMost(AssessmentFixture.PATIENCE).untilAsserted(() -> AssessmentFixture.get("nb-assessor", taskId)
                .statusCode(200).body("status", equalTo(status)));
    }
}
