package org.microcred.assessment.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.microcred.assessment.AssessmentFixture;
import org.microcred.assessment.AssessmentFixture.Task;
import org.microcred.support.testing.Tokens;

/** The earner follows the judgement of their own submission, and only their own. */
@QuarkusTest
class EarnerFeedbackTest {

    @Test
    void earnerSeesTheirSubmissionPendingThenItsFeedback() {
        Task task = AssessmentFixture.pendingTask("northbridge", "nb-earner", "nb-assessor");
        feedback("nb-earner", task).statusCode(200)
                .body("status", equalTo("PENDING"))
                .body("decision", equalTo(null));

        DecisionResourceTest.decide("nb-assessor", task, AssessmentFixture.scores("emerging", "yes")).statusCode(200);

        feedback("nb-earner", task).statusCode(200)
                .body("assessmentId", equalTo(task.id().toString()))
                .body("status", equalTo("DECIDED"))
                .body("decision", equalTo("REVISE"))
                .body("feedback", equalTo("Clear plan; see the notes per criterion."))
                .body("scores.criterionName", contains("Objectives", "Checks for understanding"))
                .body("scores.levelName", contains("Emerging", "Yes"))
                .body("scores.met", contains(false, true))
                .body("scores.feedback", contains("Objectives: emerging", "Checks: yes"))
                .body("assessorId", equalTo(null));
    }

    @Test
    void anotherEarnersSubmissionAnswers404() {
        Task task = AssessmentFixture.pendingTask("northbridge", "nb-earner", "nb-assessor");
        feedback("nb-earner2", task).statusCode(404).body("type", equalTo("https://microcred.org/problems/not-found"));
        feedback("sp-earner", task).statusCode(404);
    }

    @Test
    void assessorsUseTheirOwnViewNotTheEarners() {
        Task task = AssessmentFixture.pendingTask("northbridge", "nb-earner", "nb-assessor");
        feedback("nb-assessor", task).statusCode(403);
    }

    private static io.restassured.response.ValidatableResponse feedback(String user, Task task) {
        return given().auth().oauth2(Tokens.user(user))
                .get("/api/v1/assessments/by-submission/" + task.payload().submissionId()).then();
    }
}
