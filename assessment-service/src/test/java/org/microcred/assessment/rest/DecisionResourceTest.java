package org.microcred.assessment.rest;

import org.junit.jupiter.api.Tag;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.microcred.assessment.AssessmentFixture;
import org.microcred.assessment.AssessmentFixture.Definition;
import org.microcred.assessment.AssessmentFixture.Task;
import org.microcred.support.testing.OversizedBodies;
import org.microcred.support.testing.Tokens;

@Tag("servers")
@QuarkusTest
class DecisionResourceTest {

    private static final String PROBLEMS = "https://microcred.org/problems/";

    @Test
    void everyCriterionAtItsRequiredLevelIsAnAward() {
        Task task = claimed();
        decide("nb-assessor", task, AssessmentFixture.scores("exemplary", "yes"))
                .statusCode(200)
                .body("status", equalTo("DECIDED"))
                .body("decision", equalTo("AWARD"))
                .body("scores.levelId", contains("exemplary", "yes"))
                .body("assessorId", equalTo(Tokens.subject("nb-assessor")))
                .body("judgements.role", contains("first"))
                .body("judgements[0].outcome", equalTo("AWARD"))
                .body("totalPoints", equalTo(null))
                .body("decidedAt", notNullValue());
        AssessmentQueueTest.queue("nb-assessor", task.achievementId()).body("items.id", not(hasItem(task.id().toString())));
        AssessmentQueueTest.queue("nb-assessor", task.achievementId(), "DECIDED")
                .body("items.id", contains(task.id().toString()));
    }

    @Test
    void aCriterionBelowItsRequiredLevelAsksForRevision() {
        decide("nb-assessor", claimed(), AssessmentFixture.scores("emerging", "yes"))
                .statusCode(200).body("decision", equalTo("REVISE"));
    }

    @Test
    void theAssessorMayDenyWhenACriterionIsNotMet() {
        decide("nb-assessor", claimed(), withOutcome(AssessmentFixture.scores("emerging", "no"), "DENY"))
                .statusCode(200).body("decision", equalTo("DENY"));
    }

    @Test
    void weightedPointsAreAnsweredAndKept() {
        Task task = AssessmentFixture.claimedTask("northbridge", "nb-earner", "nb-assessor",
                Definition.performance().rubric(AssessmentFixture.POINTS_RUBRIC));
        // objectives exemplary (4 points, weight 2) + checks no (0): 8 of 2*4 + 3 = 11.
        decide("nb-assessor", task, AssessmentFixture.scores("exemplary", "no")).statusCode(200)
                .body("decision", equalTo("REVISE"))
                .body("totalPoints", equalTo(8))
                .body("maxPoints", equalTo(11))
                .body("judgements[0].totalPoints", equalTo(8));
        AssessmentFixture.get("nb-admin", task.id()).statusCode(200)
                .body("totalPoints", equalTo(8)).body("maxPoints", equalTo(11));
    }

    @Test
    void anUnclaimedTaskMustBeClaimedFirst() {
        Task task = AssessmentFixture.pendingTask("northbridge", "nb-earner", "nb-assessor");
        decide("nb-assessor", task, AssessmentFixture.scores("proficient", "yes"))
                .statusCode(409).body("type", equalTo(PROBLEMS + "not-claimed"))
                .body("detail", containsString("claim it first"));
        stillOpen(task, "PENDING");
    }

    @Test
    void onlyTheHolderDecides() {
        Task task = claimed();
        decide("nb-assessor2", task, AssessmentFixture.scores("proficient", "yes"))
                .statusCode(403).body("type", equalTo(PROBLEMS + "not-holder"));
        stillOpen(task, "IN_REVIEW");
    }

    @Test
    void anOutcomeContradictingTheRubricIsRefused() {
        Task task = claimed();
        decide("nb-assessor", task, withOutcome(AssessmentFixture.scores("proficient", "yes"), "DENY"))
                .statusCode(422)
                .body("type", equalTo(PROBLEMS + "outcome-contradicts-rubric"))
                .body("errors.field", contains("outcome"));
        decide("nb-assessor", task, withOutcome(AssessmentFixture.scores("emerging", "yes"), "AWARD"))
                .statusCode(422).body("type", equalTo(PROBLEMS + "outcome-contradicts-rubric"));
        stillOpen(task, "IN_REVIEW");
    }

    @Test
    void anUnknownCriterionAndALevelOfAnotherCriterionAreNamed() {
        Task task = claimed();
        Map<String, Object> body = Map.of("feedback", "Nice", "scores", List.of(
                Map.of("criterionId", "objectives", "levelId", "yes"),
                Map.of("criterionId", "checks", "levelId", "yes"),
                Map.of("criterionId", "timing", "levelId", "yes")));
        decide("nb-assessor", task, body)
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "scores-do-not-fit-rubric"))
                .body("errors.field", containsInAnyOrder("scores[0].levelId", "scores[2].criterionId"))
                .body("errors.message", hasItem(containsString("'yes' is not a level of criterion 'objectives'")))
                .body("errors.message", hasItem(containsString("'timing' is not a criterion")));
        stillOpen(task, "IN_REVIEW");
    }

    @Test
    void aMissingCriterionIsRefused() {
        Task task = claimed();
        Map<String, Object> body = Map.of("feedback", "Nice", "scores", List.of(
                Map.of("criterionId", "objectives", "levelId", "proficient")));
        decide("nb-assessor", task, body)
                .statusCode(422)
                .body("errors.field", contains("scores"))
                .body("errors.message", contains("criterion 'checks' is not scored"));
        stillOpen(task, "IN_REVIEW");
    }

    @Test
    void aCriterionScoredTwiceIsRefused() {
        Task task = claimed();
        Map<String, Object> body = Map.of("feedback", "Nice", "scores", List.of(
                Map.of("criterionId", "objectives", "levelId", "proficient"),
                Map.of("criterionId", "checks", "levelId", "yes"),
                Map.of("criterionId", "checks", "levelId", "no")));
        decide("nb-assessor", task, body)
                .statusCode(422)
                .body("errors.field", contains("scores[2].criterionId"))
                .body("errors.message", contains("criterion 'checks' is scored more than once"));
        stillOpen(task, "IN_REVIEW");
    }

    @Test
    void missingOrOversizedFeedbackIsRefused() {
        Task task = claimed();
        Map<String, Object> body = new HashMap<>(AssessmentFixture.scores("proficient", "yes"));
        body.remove("feedback");
        body.put("scores", List.of(Map.of("criterionId", "objectives", "levelId", "proficient",
                "feedback", "x".repeat(4001))));
        body.put("outcome", "MAYBE");
        decide("nb-assessor", task, body)
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("feedback", "outcome", "scores[0].feedback"));
        Map<String, Object> huge = new HashMap<>(AssessmentFixture.scores("proficient", "yes"));
        huge.put("feedback", "x".repeat(10_001));
        decide("nb-assessor", task, huge).statusCode(400).body("errors.field", contains("feedback"));
        // Beyond the request size limit (1 MiB), the body is not even read.
        huge.put("feedback", "x".repeat(2_000_000));
        given().config(OversizedBodies.expectContinue())
                .auth().oauth2(Tokens.user("nb-assessor")).contentType(ContentType.JSON).body(huge)
                .post("/api/v1/assessments/" + task.id() + "/decision")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("https://microcred.org/problems/body-too-large"));
        stillOpen(task, "IN_REVIEW");
    }

    @Test
    void onTheLastAttemptAnUnmetRubricIsDeniedAndRevisionRefused() {
        UUID achievement = AssessmentFixture.publish("northbridge", Definition.performance().maxAttempts(2));
        UUID enrolment = UUID.randomUUID();
        Task first = AssessmentFixture.submitted("northbridge", achievement, "nb-earner", "nb-assessor", enrolment, 1);
        AssessmentFixture.claim("nb-assessor", first.id()).statusCode(200);
        decide("nb-assessor", first, AssessmentFixture.scores("emerging", "yes")).statusCode(200)
                .body("decision", equalTo("REVISE")).body("maxAttempts", equalTo(2));

        Task second = AssessmentFixture.submitted("northbridge", achievement, "nb-earner", "nb-assessor", enrolment, 2);
        AssessmentFixture.claim("nb-assessor", second.id()).statusCode(200);
        decide("nb-assessor", second, withOutcome(AssessmentFixture.scores("emerging", "yes"), "REVISE"))
                .statusCode(422).body("type", equalTo(PROBLEMS + "no-attempt-left"));
        stillOpen(second, "IN_REVIEW");
        decide("nb-assessor", second, AssessmentFixture.scores("emerging", "yes")).statusCode(200)
                .body("decision", equalTo("DENY"));
    }

    @Test
    void decidingTwiceIsAConflict() {
        Task task = claimed();
        decide("nb-assessor", task, AssessmentFixture.scores("proficient", "yes")).statusCode(200);
        decide("nb-assessor", task, AssessmentFixture.scores("emerging", "no"))
                .statusCode(409)
                .body("type", equalTo(PROBLEMS + "already-decided"));
        AssessmentFixture.claim("nb-assessor2", task.id()).statusCode(409);
        AssessmentFixture.get("nb-assessor", task.id()).statusCode(200).body("decision", equalTo("AWARD"));
    }

    @Test
    void twoDecisionsAtOnceGetOneDecision() {
        Task task = claimed();
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> decide("nb-assessor", task,
                AssessmentFixture.scores("proficient", "yes")).extract().statusCode());
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> decide("nb-assessor", task,
                AssessmentFixture.scores("emerging", "yes")).extract().statusCode());
        assertEquals(List.of(200, 409), Stream.of(first.join(), second.join()).sorted().toList());
    }

    @Test
    void anEarnerCannotDecide() {
        Task task = claimed();
        decide("nb-earner", task, AssessmentFixture.scores("proficient", "yes"))
                .statusCode(403).body("type", equalTo(PROBLEMS + "forbidden"));
        stillOpen(task, "IN_REVIEW");
    }

    @Test
    void anAssessorCannotDecideTheirOwnSubmission() {
        Task own = AssessmentFixture.pendingTask("northbridge", "nb-assessor", "nb-assessor2");
        decide("nb-assessor", own, AssessmentFixture.scores("proficient", "yes"))
                .statusCode(403)
                .body("type", equalTo(PROBLEMS + "self-assessment"));
        AssessmentFixture.claim("nb-assessor2", own.id()).statusCode(200);
        decide("nb-assessor2", own, AssessmentFixture.scores("proficient", "yes"))
                .statusCode(200).body("decision", equalTo("AWARD"));
    }

    private static Task claimed() {
        return AssessmentFixture.claimedTask("northbridge", "nb-earner", "nb-assessor");
    }

    private static Map<String, Object> withOutcome(Map<String, Object> body, String outcome) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put("outcome", outcome);
        return copy;
    }

    static io.restassured.response.ValidatableResponse decide(String user, Task task, Map<String, Object> body) {
        return AssessmentFixture.decide(user, task.id(), body);
    }

    private static void stillOpen(Task task, String status) {
        given().auth().oauth2(Tokens.user("nb-admin")).contentType(ContentType.JSON)
                .get("/api/v1/assessments/" + task.id())
                .then().statusCode(200).body("status", equalTo(status)).body("scores", equalTo(null))
                .body("judgements", org.hamcrest.Matchers.empty());
    }
}
