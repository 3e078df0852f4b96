package org.microcred.submission.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.submission.rest.Journeys.Journey;
import org.microcred.support.testing.Tokens;

/**
 * An attempt's answers together are at most microcred.submission.answers.max-total-bytes (262144) as JSON, each
 * still up to 20000 characters: the submission event carries them and must stay under the outbox's maximum.
 */
@Tag("servers")
@QuarkusTest
class AnswersBudgetTest {

    @Test
    void answersOverTheBudgetTogetherAreA400NamingThemAndTheDraftKeepsItsAnswers() {
        Journey journey = Journeys.enrolled("nb-earner");
        UUID id = Journeys.startAttempt(journey);
        Journeys.answerAll("nb-earner", id);
        // 20 answers of 20000 three-byte characters: each within its own limit, 1.2 MB together (under the 2M body).
        List<Map<String, String>> answers = IntStream.range(0, 20)
                .mapToObj(i -> Map.of("promptId", "p" + i, "text", "漢".repeat(20000))).toList();
        given().auth().oauth2(Tokens.user("nb-earner")).contentType(ContentType.JSON)
                .body(Map.of("answers", answers)).put("/api/v1/submissions/" + id + "/answers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("answers"))
                .body("errors.find { it.field == 'answers' }.message", containsString("at most 262144"));
        given().auth().oauth2(Tokens.user("nb-earner")).get("/api/v1/submissions/" + id)
                .then().statusCode(200).body("answers[0].text", equalTo("Exit tickets every lesson."));
    }

    @Test
    void longAnswersWithinTheBudgetAreTaken() {
        Journey journey = Journeys.enrolled("nb-earner");
        UUID id = Journeys.startAttempt(journey);
        given().auth().oauth2(Tokens.user("nb-earner")).contentType(ContentType.JSON)
                .body(Map.of("answers", List.of(Map.of("promptId", "plan", "text", "漢".repeat(20000)),
                        Map.of("promptId", "reflection", "text", "漢".repeat(20000)))))
                .put("/api/v1/submissions/" + id + "/answers").then().statusCode(200);
    }
}
