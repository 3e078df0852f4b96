package org.microcred.assessment.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.microcred.assessment.AssessmentFixture;
import org.microcred.assessment.AssessmentFixture.Task;
import org.microcred.support.testing.Tokens;

@QuarkusTest
class DecisionResourceTest {

    private static final String PROBLEMS = "https://microcred.org/problems/";

    @Test
    void everyCriterionAtItsRequiredLevelIsAnAward() {
        Task task = pending();
        decide("nb-assessor", task, AssessmentFixture.scores("exemplary", "yes"))
                .statusCode(200)
                .body("status", equalTo("DECIDED"))
                .body("decision", equalTo("AWARD"))
                .body("scores.levelId", contains("exemplary", "yes"))
                .body("assessorId", equalTo(AssessmentFixture.subjectOf("nb-assessor")))
                .body("decidedAt", notNullValue());
        AssessmentQueueTest.queue("nb-assessor", task.achievementId(), "PENDING")
                .body("id", not(hasItem(task.id().toString())));
        AssessmentQueueTest.queue("nb-assessor", task.achievementId(), "DECIDED")
                .body("id", contains(task.id().toString()));
    }

    @Test
    void aCriterionBelowItsRequiredLevelAsksForRevision() {
        decide("nb-assessor", pending(), AssessmentFixture.scores("emerging", "yes"))
                .statusCode(200).body("decision", equalTo("REVISE"));
    }

    @Test
    void theAssessorMayDenyWhenACriterionIsNotMet() {
        decide("nb-assessor", pending(), withOutcome(AssessmentFixture.scores("emerging", "no"), "DENY"))
                .statusCode(200).body("decision", equalTo("DENY"));
    }

    @Test
    void denyingWhenEveryCriterionIsMetIsRefused() {
        Task task = pending();
        decide("nb-assessor", task, withOutcome(AssessmentFixture.scores("proficient", "yes"), "DENY"))
                .statusCode(400)
                .body("type", equalTo(PROBLEMS + "validation"))
                .body("errors.field", contains("outcome"));
        stillPending(task);
    }

    @Test
    void scoresOutsideTheRubricAreRefusedListingTheFields() {
        Task task = pending();
        Map<String, Object> body = Map.of("feedback", "Nice", "scores", List.of(
                Map.of("criterionId", "objectives", "levelId", "yes"),
                Map.of("criterionId", "checks", "levelId", "yes"),
                Map.of("criterionId", "timing", "levelId", "yes")));
        decide("nb-assessor", task, body)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "validation"))
                .body("errors.field", containsInAnyOrder("scores[0].levelId", "scores[2].criterionId"));
        stillPending(task);
    }

    @Test
    void aMissingCriterionIsRefused() {
        Task task = pending();
        Map<String, Object> body = Map.of("feedback", "Nice", "scores", List.of(
                Map.of("criterionId", "objectives", "levelId", "proficient")));
        decide("nb-assessor", task, body)
                .statusCode(400)
                .body("errors.field", contains("scores"))
                .body("errors.message", contains("criterion 'checks' is not scored"));
        stillPending(task);
    }

    @Test
    void missingOrOversizedFeedbackIsRefused() {
        Map<String, Object> body = new HashMap<>(AssessmentFixture.scores("proficient", "yes"));
        body.remove("feedback");
        body.put("scores", List.of(Map.of("criterionId", "objectives", "levelId", "proficient",
                "feedback", "x".repeat(4001))));
        body.put("outcome", "MAYBE");
        decide("nb-assessor", pending(), body)
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("feedback", "outcome", "scores[0].feedback"));
    }

    @Test
    void decidingTwiceIsAConflict() {
        Task task = pending();
        decide("nb-assessor", task, AssessmentFixture.scores("proficient", "yes")).statusCode(200);
        decide("nb-assessor2", task, AssessmentFixture.scores("emerging", "no"))
                .statusCode(409)
                .body("type", equalTo(PROBLEMS + "already-decided"));
        given().auth().oauth2(Tokens.user("nb-assessor")).get("/api/v1/assessments/" + task.id())
                .then().statusCode(200).body("decision", equalTo("AWARD"));
    }

    @Test
    void twoAssessorsDecidingAtOnceGetOneDecision() {
        Task task = pending();
        Tokens.user("nb-assessor2"); // fetched up front, so both requests leave together
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> decide("nb-assessor", task,
                AssessmentFixture.scores("proficient", "yes")).extract().statusCode());
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> decide("nb-assessor2", task,
                AssessmentFixture.scores("emerging", "yes")).extract().statusCode());
        assertEquals(List.of(200, 409), Stream.of(first.join(), second.join()).sorted().toList());
    }

    @Test
    void anEarnerCannotDecide() {
        Task task = pending();
        decide("nb-earner", task, AssessmentFixture.scores("proficient", "yes"))
                .statusCode(403).body("type", equalTo(PROBLEMS + "forbidden"));
        stillPending(task);
    }

    @Test
    void anAssessorCannotAssessTheirOwnSubmission() {
        Task own = AssessmentFixture.pendingTask("northbridge", "nb-assessor", "nb-assessor2");
        decide("nb-assessor", own, AssessmentFixture.scores("proficient", "yes"))
                .statusCode(403)
                .body("type", equalTo(PROBLEMS + "self-assessment"));
        decide("nb-assessor2", own, AssessmentFixture.scores("proficient", "yes"))
                .statusCode(200).body("decision", equalTo("AWARD"));
    }

    private static Task pending() {
        return AssessmentFixture.pendingTask("northbridge", "nb-earner", "nb-assessor");
    }

    private static Map<String, Object> withOutcome(Map<String, Object> body, String outcome) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put("outcome", outcome);
        return copy;
    }

    static ValidatableResponse decide(String user, Task task, Map<String, Object> body) {
        return given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/assessments/" + task.id() + "/decision").then();
    }

    private static void stillPending(Task task) {
        given().auth().oauth2(Tokens.user("nb-assessor")).get("/api/v1/assessments/" + task.id())
                .then().statusCode(200).body("status", equalTo("PENDING")).body("scores", equalTo(null));
    }
}
