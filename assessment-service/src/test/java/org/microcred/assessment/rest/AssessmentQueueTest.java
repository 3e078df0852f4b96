package org.microcred.assessment.rest;

import org.junit.jupiter.api.Tag;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microcred.assessment.AssessmentFixture;
import org.microcred.assessment.AssessmentFixture.Definition;
import org.microcred.assessment.AssessmentFixture.Task;
import org.microcred.events.EventEnvelope;
import org.microcred.events.submission.SubmissionSubmitted;
import org.microcred.support.testing.Tokens;

@Tag("servers")
@QuarkusTest
class AssessmentQueueTest {

    @Test
    void queueListsTheOldestSubmissionFirstWithItsAgeAndDueDate() {
        UUID achievement = AssessmentFixture.publish("northbridge", Definition.performance().feedbackTargetDays(5));
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        EventEnvelope<SubmissionSubmitted> sixDays = submitted(achievement, now.minus(Duration.ofDays(6)));
        EventEnvelope<SubmissionSubmitted> threeHours = submitted(achievement, now.minus(Duration.ofHours(3)));
        EventEnvelope<SubmissionSubmitted> oneDay = submitted(achievement, now.minus(Duration.ofDays(1)));

        await().atMost(AssessmentFixture.PATIENCE).untilAsserted(() -> queue("nb-assessor", achievement)
                .body("total", equalTo(3))
                .body("items.achievementName", contains(AssessmentFixture.NAME, AssessmentFixture.NAME,
                        AssessmentFixture.NAME)));
        ValidatableResponse queue = queue("nb-assessor", achievement)
                .body("items.submissionId", contains(id(sixDays), id(oneDay), id(threeHours)))
                .body("items.ageHours", contains(144, 24, 3))
                .body("items.feedbackTargetDays", contains(5, 5, 5))
                .body("items.overdue", contains(true, false, false))
                .body("items.status", contains("PENDING", "PENDING", "PENDING"))
                .body("items.assignedTo", contains(null, null, null))
                .body("limit", equalTo(20)).body("offset", equalTo(0));
        List<String> dueBy = queue.extract().path("items.dueBy");
        assertEquals(List.of(now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(4)),
                now.minus(Duration.ofHours(3)).plus(Duration.ofDays(5))), dueBy.stream().map(Instant::parse).toList());
    }

    @Test
    void theFeedbackTargetIsFourteenDaysWhenTheVersionSetsNone() {
        Task task = AssessmentFixture.pendingTask("northbridge", "nb-earner", "nb-assessor");
        queue("nb-assessor", task.achievementId())
                .body("items.feedbackTargetDays", contains(14))
                .body("items.overdue", contains(false));
    }

    @Test
    void statusAndAssigneeFilterTheQueue() {
        UUID achievement = AssessmentFixture.publishRubric("northbridge");
        UUID enrolment = UUID.randomUUID();
        Task mine = AssessmentFixture.submitted("northbridge", achievement, "nb-earner", "nb-assessor", enrolment, 1);
        Task theirs = AssessmentFixture.submitted("northbridge", achievement, "nb-earner2", "nb-assessor",
                UUID.randomUUID(), 1);
        Task free = AssessmentFixture.submitted("northbridge", achievement, "nb-earner", "nb-assessor",
                UUID.randomUUID(), 1);
        AssessmentFixture.claim("nb-assessor", mine.id()).statusCode(200);
        AssessmentFixture.claim("nb-assessor2", theirs.id()).statusCode(200);

        filtered("nb-assessor", achievement, "assignee", "me").body("items.id", contains(mine.id().toString()))
                .body("items.assignedTo", contains(Tokens.subject("nb-assessor")));
        filtered("nb-assessor2", achievement, "assignee", "me").body("items.id", contains(theirs.id().toString()));
        filtered("nb-assessor", achievement, "assignee", "none").body("items.id", contains(free.id().toString()));
        filtered("nb-assessor", achievement, "status", "IN_REVIEW")
                .body("items.id", containsInAnyOrder(mine.id().toString(), theirs.id().toString()));
        filtered("nb-assessor", achievement, "status", "PENDING").body("items.id", contains(free.id().toString()));
        filtered("nb-assessor", achievement, "status", "DECIDED").body("items", empty()).body("total", equalTo(0));
        queue("nb-assessor", achievement).body("total", equalTo(3));
    }

    @Test
    void limitAndOffsetPageTheQueue() {
        UUID achievement = AssessmentFixture.publishRubric("northbridge");
        Instant now = Instant.now();
        EventEnvelope<SubmissionSubmitted> first = submitted(achievement, now.minus(Duration.ofHours(3)));
        submitted(achievement, now.minus(Duration.ofHours(2)));
        EventEnvelope<SubmissionSubmitted> last = submitted(achievement, now.minus(Duration.ofHours(1)));
        await().atMost(AssessmentFixture.PATIENCE).untilAsserted(() -> queue("nb-assessor", achievement)
                .body("total", equalTo(3)));

        page(achievement, 2, 0).body("items", hasSize(2)).body("total", equalTo(3))
                .body("items[0].submissionId", equalTo(id(first))).body("limit", equalTo(2));
        page(achievement, 2, 2).body("items.submissionId", contains(id(last))).body("offset", equalTo(2));
        page(achievement, 2, 4).body("items", empty()).body("total", equalTo(3));
    }

    @Test
    void issuerAdminsSeeTheQueueToo() {
        Task task = AssessmentFixture.pendingTask("northbridge", "nb-earner", "nb-assessor");
        queue("nb-admin", task.achievementId()).body("items.id", contains(task.id().toString()));
        AssessmentFixture.get("nb-admin", task.id()).statusCode(200).body("status", equalTo("PENDING"));
    }

    @Test
    void evidenceShowsOnlyToItsHolderAndIssuerAdmins() {
        Task task = AssessmentFixture.claimedTask("northbridge", "nb-earner", "nb-assessor");
        for (String allowed : List.of("nb-assessor", "nb-admin")) {
            AssessmentFixture.get(allowed, task.id()).statusCode(200)
                    .body("earnerName", equalTo("Zoë Earner"))
                    .body("attempt", equalTo(1))
                    .body("answers[0].text", equalTo("I check understanding with exit tickets."))
                    .body("artifacts[0].fileName", equalTo("lesson-plan.pdf"))
                    .body("artifacts[0].sha256", equalTo(task.payload().artifacts().get(0).sha256()))
                    .body("links[0].url", equalTo("https://video.example/lesson"))
                    .body("rubric.criteria.id", contains("objectives", "checks"))
                    .body("maxAttempts", equalTo(3))
                    .body("decision", equalTo(null));
        }
        // Another assessor sees enough to know the task, not the evidence (as in submission-service).
        AssessmentFixture.get("nb-assessor2", task.id()).statusCode(200)
                .body("status", equalTo("IN_REVIEW"))
                .body("rubric.criteria.id", contains("objectives", "checks"))
                .body("answers", equalTo(null)).body("artifacts", equalTo(null)).body("links", equalTo(null));
    }

    @Test
    void unknownStatusOrPagingOutOfRangeIs400() {
        given().auth().oauth2(Tokens.user("nb-assessor")).queryParam("status", "LOST").queryParam("limit", 101)
                .queryParam("offset", 10_001).queryParam("assignee", "them")
                .get("/api/v1/assessments")
                .then().statusCode(400)
                .body("type", equalTo("https://microcred.org/problems/validation"))
                // service-support names query parameters "<method>.<param>"
                .body("errors.field", containsInAnyOrder(endsWith("limit"), endsWith("status"), endsWith("offset"),
                        endsWith("assignee")));
    }

    private static EventEnvelope<SubmissionSubmitted> submitted(UUID achievement, Instant at) {
        EventEnvelope<SubmissionSubmitted> event = AssessmentFixture.submission("northbridge", achievement, "nb-earner", at);
        AssessmentFixture.publish(event);
        return event;
    }

    private static String id(EventEnvelope<SubmissionSubmitted> event) {
        return event.payload().submissionId().toString();
    }

    private static ValidatableResponse page(UUID achievement, int limit, int offset) {
        return given().auth().oauth2(Tokens.user("nb-assessor"))
                .queryParam("achievementId", achievement.toString()).queryParam("limit", limit)
                .queryParam("offset", offset).get("/api/v1/assessments").then().statusCode(200);
    }

    private static ValidatableResponse filtered(String user, UUID achievement, String name, String value) {
        return given().auth().oauth2(Tokens.user(user))
                .queryParam("achievementId", achievement.toString()).queryParam(name, value)
                .get("/api/v1/assessments").then().statusCode(200);
    }

    static ValidatableResponse queue(String user, UUID achievement) {
        return given().auth().oauth2(Tokens.user(user))
                .queryParam("achievementId", achievement.toString())
                .get("/api/v1/assessments").then().statusCode(200);
    }

    static ValidatableResponse queue(String user, UUID achievement, String status) {
        return filtered(user, achievement, "status", status);
    }
}
