package org.microcred.assessment.rest;

import org.junit.jupiter.api.Tag;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microcred.assessment.AssessmentFixture;
import org.microcred.assessment.AssessmentFixture.Task;
import org.microcred.support.testing.Tokens;

/** The earner follows the judgement of their own attempts, and only their own. */
@Tag("servers")
@QuarkusTest
class EarnerFeedbackTest {

    @Test
    void earnerSeesTheirSubmissionPendingThenItsFeedback() {
        Task task = AssessmentFixture.claimedTask("northbridge", "nb-earner", "nb-assessor");
        bySubmission("nb-earner", task).statusCode(200)
                .body("status", equalTo("IN_REVIEW"))
                .body("decision", equalTo(null));

        AssessmentFixture.decide("nb-assessor", task.id(), AssessmentFixture.scores("emerging", "yes")).statusCode(200);

        bySubmission("nb-earner", task).statusCode(200)
                .body("assessmentId", equalTo(task.id().toString()))
                .body("status", equalTo("DECIDED"))
                .body("decision", equalTo("REVISE"))
                .body("basis", equalTo("rubric"))
                .body("feedback", equalTo("Clear plan; see the notes per criterion."))
                .body("scores.criterionName", contains("Objectives", "Checks for understanding"))
                .body("scores.levelName", contains("Emerging", "Yes"))
                .body("scores.met", contains(false, true))
                .body("scores.feedback", contains("Objectives: emerging", "Checks: yes"))
                .body("assessorId", equalTo(null));
    }

    @Test
    void everyDecidedAttemptOfTheEnrolmentIsListedOldestFirst() {
        UUID achievement = AssessmentFixture.publishRubric("northbridge");
        UUID enrolment = UUID.randomUUID();
        Task first = AssessmentFixture.submitted("northbridge", achievement, "nb-earner", "nb-assessor", enrolment, 1);
        AssessmentFixture.claim("nb-assessor", first.id()).statusCode(200);
        feedback("nb-earner", enrolment).statusCode(200).body("items", empty()).body("total", equalTo(0));
        AssessmentFixture.decide("nb-assessor", first.id(), AssessmentFixture.scores("emerging", "yes")).statusCode(200);
        Task second = AssessmentFixture.submitted("northbridge", achievement, "nb-earner", "nb-assessor", enrolment, 2);
        AssessmentFixture.claim("nb-assessor2", second.id()).statusCode(200);
        AssessmentFixture.decide("nb-assessor2", second.id(), AssessmentFixture.scores("exemplary", "yes"))
                .statusCode(200);

        feedback("nb-earner", enrolment).statusCode(200)
                .body("total", equalTo(2))
                .body("items.attempt", contains(1, 2))
                .body("items.decision", contains("REVISE", "AWARD"))
                .body("items[0].scores.levelId", contains("emerging", "yes"))
                .body("items[0].scores.feedback", contains("Objectives: emerging", "Checks: yes"))
                .body("items[1].feedback", equalTo("Clear plan; see the notes per criterion."))
                .body("items[1].enrolmentId", equalTo(enrolment.toString()));
        given().auth().oauth2(Tokens.user("nb-earner")).queryParam("enrolmentId", enrolment.toString())
                .queryParam("limit", 1).queryParam("offset", 1).get("/api/v1/assessments/feedback")
                .then().statusCode(200).body("items.attempt", contains(2)).body("total", equalTo(2));
    }

    @Test
    void anotherEarnersSubmissionOrEnrolmentAnswers404() {
        Task task = AssessmentFixture.pendingTask("northbridge", "nb-earner", "nb-assessor");
        bySubmission("nb-earner2", task).statusCode(404).body("type", equalTo("https://microcred.org/problems/not-found"));
        bySubmission("sp-earner", task).statusCode(404);
        UUID enrolment = task.payload().enrolmentId();
        feedback("nb-earner2", enrolment).statusCode(404);
        feedback("sp-earner", enrolment).statusCode(404);
        feedback("nb-earner", UUID.randomUUID()).statusCode(404);
        feedback("nb-earner", enrolment).statusCode(200);
    }

    @Test
    void theEnrolmentMustBeNamed() {
        given().auth().oauth2(Tokens.user("nb-earner")).get("/api/v1/assessments/feedback")
                .then().statusCode(400);
        given().auth().oauth2(Tokens.user("nb-earner")).queryParam("enrolmentId", "not-a-uuid")
                .get("/api/v1/assessments/feedback").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("enrolmentId"));
    }

    @Test
    void assessorsUseTheirOwnViewNotTheEarners() {
        Task task = AssessmentFixture.pendingTask("northbridge", "nb-earner", "nb-assessor");
        bySubmission("nb-assessor", task).statusCode(403);
        feedback("nb-assessor", task.payload().enrolmentId()).statusCode(403);
    }

    private static ValidatableResponse bySubmission(String user, Task task) {
        return given().auth().oauth2(Tokens.user(user))
                .get("/api/v1/assessments/by-submission/" + task.payload().submissionId()).then();
    }

    static ValidatableResponse feedback(String user, UUID enrolmentId) {
        return given().auth().oauth2(Tokens.user(user)).queryParam("enrolmentId", enrolmentId.toString())
                .get("/api/v1/assessments/feedback").then();
    }
}
