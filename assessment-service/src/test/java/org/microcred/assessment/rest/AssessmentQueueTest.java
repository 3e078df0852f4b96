package org.microcred.assessment.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microcred.assessment.AssessmentFixture;
import org.microcred.events.EventEnvelope;
import org.microcred.events.submission.SubmissionSubmitted;
import org.microcred.support.testing.Tokens;

@QuarkusTest
class AssessmentQueueTest {

    @Test
    void anonymousCallerGetsProblemDetails401() {
        given().get("/api/v1/assessments")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("https://microcred.org/problems/unauthenticated"));
    }

    @Test
    void earnerCannotSeeTheQueue() {
        given().auth().oauth2(Tokens.user("nb-earner")).get("/api/v1/assessments")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void queueListsTheOldestSubmissionFirstWithItsAge() {
        UUID achievement = AssessmentFixture.publishRubric("northbridge");
        Instant now = Instant.now();
        EventEnvelope<SubmissionSubmitted> threeHours = submitted(achievement, now.minus(Duration.ofHours(3)));
        EventEnvelope<SubmissionSubmitted> oneHour = submitted(achievement, now.minus(Duration.ofHours(1)));
        EventEnvelope<SubmissionSubmitted> twoHours = submitted(achievement, now.minus(Duration.ofHours(2)));

        await().atMost(AssessmentFixture.PATIENCE).untilAsserted(() -> queue("nb-assessor", achievement, "PENDING")
                .body("", hasSize(3))
                .body("submissionId", contains(id(threeHours), id(twoHours), id(oneHour)))
                .body("waitingHours", contains(3, 2, 1))
                .body("achievementName", contains("Formative Assessment 日本語", "Formative Assessment 日本語",
                        "Formative Assessment 日本語"))
                .body("status", contains("PENDING", "PENDING", "PENDING")));
    }

    @Test
    void queueFilteredBySubmissionShowsOnlyThatSubmission() {
        AssessmentFixture.Task task = AssessmentFixture.pendingTask("northbridge", "nb-earner", "nb-assessor");
        AssessmentFixture.pendingTask("northbridge", "nb-earner", "nb-assessor");
        given().auth().oauth2(Tokens.user("nb-assessor"))
                .queryParam("submissionId", task.payload().submissionId().toString())
                .get("/api/v1/assessments")
                .then().statusCode(200)
                .body("id", contains(task.id().toString()));
    }

    @Test
    void taskShowsTheAnswersTheArtifactsAndTheRubric() {
        AssessmentFixture.Task task = AssessmentFixture.pendingTask("northbridge", "nb-earner", "nb-assessor");
        given().auth().oauth2(Tokens.user("nb-assessor")).get("/api/v1/assessments/" + task.id())
                .then().statusCode(200)
                .body("status", equalTo("PENDING"))
                .body("earnerName", equalTo("Zoë Earner"))
                .body("attempt", equalTo(1))
                .body("answers[0].text", equalTo("I check understanding with exit tickets."))
                .body("artifacts[0].fileName", equalTo("lesson-plan.pdf"))
                .body("artifacts[0].sha256", equalTo(task.payload().artifacts().get(0).sha256()))
                .body("rubric.criteria.id", contains("objectives", "checks"))
                .body("rubric.criteria[0].requiredLevelId", equalTo("proficient"))
                .body("decision", equalTo(null));
    }

    @Test
    void anotherTenantsTaskAnswers404() {
        AssessmentFixture.Task task = AssessmentFixture.pendingTask("northbridge", "nb-earner", "nb-assessor");
        given().auth().oauth2(Tokens.user("sp-assessor")).get("/api/v1/assessments/" + task.id())
                .then().statusCode(404).body("type", equalTo("https://microcred.org/problems/not-found"));
        given().auth().oauth2(Tokens.user("sp-assessor")).contentType(ContentType.JSON)
                .body(AssessmentFixture.scores("proficient", "yes"))
                .post("/api/v1/assessments/" + task.id() + "/decision")
                .then().statusCode(404);
        queue("sp-assessor", task.achievementId(), "PENDING").body("", empty());
        given().auth().oauth2(Tokens.user("nb-assessor")).get("/api/v1/assessments/" + task.id())
                .then().statusCode(200).body("status", equalTo("PENDING"));
    }

    @Test
    void unknownStatusOrLimitOutOfRangeIs400() {
        given().auth().oauth2(Tokens.user("nb-assessor")).queryParam("status", "LOST").queryParam("limit", 1000)
                .get("/api/v1/assessments")
                .then().statusCode(400)
                .body("type", equalTo("https://microcred.org/problems/validation"))
                // service-support names query parameters "<method>.<param>" (see the report)
                .body("errors.field", contains(endsWith("limit"), endsWith("status")));
    }

    private static EventEnvelope<SubmissionSubmitted> submitted(UUID achievement, Instant at) {
        EventEnvelope<SubmissionSubmitted> event = AssessmentFixture.submission("northbridge", achievement, "nb-earner", at);
        AssessmentFixture.publish(event);
        return event;
    }

    private static String id(EventEnvelope<SubmissionSubmitted> event) {
        return event.payload().submissionId().toString();
    }

    static io.restassured.response.ValidatableResponse queue(String assessor, UUID achievement, String status) {
        return given().auth().oauth2(Tokens.user(assessor))
                .queryParam("achievementId", achievement.toString()).queryParam("status", status)
                .get("/api/v1/assessments").then().statusCode(200);
    }
}
