package org.microcred.enrolment.analytics;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.enrolment.rest.EnrolmentFixture;
import org.microcred.events.EventEnvelope;
import org.microcred.events.assessment.AssessmentDecided;
import org.microcred.events.assessment.Decision;
import org.microcred.support.testing.TestKafka;
import org.microcred.support.testing.Tokens;

/** The learner survey after award: its limits, answering once, anonymous answers in the report. */
@Tag("servers")
@QuarkusTest
class SurveyTest {

    private static final Map<String, Object> OVERALL = Map.of("id", "overall", "text", "How useful was it?",
            "kind", "scale");
    private static final Map<String, Object> RECOMMEND = Map.of("id", "recommend", "text", "Would you recommend it?",
            "kind", "choice", "choices", List.of("yes", "no"));

    @Test
    void awardedEarnersAnswerOnceAndTheReportShowsCountsMeansAndDistributions() {
        UUID achievement = EnrolmentFixture.published("Survey " + UUID.randomUUID());
        String survey = "/api/v1/analytics/achievements/" + achievement + "/survey";
        given().auth().oauth2(Tokens.user("nb-admin")).contentType(ContentType.JSON)
                .body(Map.of("questions", List.of(OVERALL, RECOMMEND))).put(survey)
                .then().statusCode(200).body("questions.id", equalTo(List.of("overall", "recommend")));
        given().auth().oauth2(Tokens.user("nb-release")).get(survey).then().statusCode(200)
                .body("questions[1].choices", equalTo(List.of("yes", "no")));
        // Setting the questions is the issuer-admin's privileged action: in the audit trail, questions before and after.
        given().auth().oauth2(Tokens.user("nb-release")).queryParam("objectId", achievement.toString())
                .queryParam("action", "survey.configured").get("/api/v1/audit").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].actorId", equalTo(Tokens.subject("nb-admin")))
                .body("[0].before.questions", equalTo(List.of()))
                .body("[0].after.questions.id", equalTo(List.of("overall", "recommend")));

        UUID first = EnrolmentFixture.enrolled("nb-earner", achievement);
        UUID second = EnrolmentFixture.enrolled("nb-earner2", achievement);
        String firstSurvey = "/api/v1/enrolments/" + first + "/survey";
        given().auth().oauth2(Tokens.user("nb-earner")).get(firstSurvey).then().statusCode(200)
                .body("open", equalTo(false)).body("answered", equalTo(false));
        answer("nb-earner", first, Map.of("overall", "4")).then().statusCode(409)
                .body("type", equalTo("https://microcred.org/problems/survey-not-open"));

        award(achievement, first, "nb-earner");
        award(achievement, second, "nb-earner2");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.user("nb-earner"))
                .get(firstSurvey).then().statusCode(200).body("open", equalTo(true))
                .body("questions.id", equalTo(List.of("overall", "recommend"))));

        answer("nb-earner", first, Map.of("overall", "6")).then().statusCode(400)
                .body("errors[0].field", equalTo("answers.overall"));
        answer("nb-earner", first, Map.of("recommend", "maybe")).then().statusCode(400);
        answer("nb-earner", first, Map.of("mood", "4")).then().statusCode(400);
        answer("nb-earner2", first, Map.of("overall", "4")).then().statusCode(404);
        answer("nb-earner", first, Map.of("overall", "4", "recommend", "yes")).then().statusCode(201);
        answer("nb-earner", first, Map.of("overall", "5")).then().statusCode(409)
                .body("type", equalTo("https://microcred.org/problems/survey-answered"));
        given().auth().oauth2(Tokens.user("nb-earner")).get(firstSurvey).then().statusCode(200)
                .body("open", equalTo(false)).body("answered", equalTo(true));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                answer("nb-earner2", second, Map.of("overall", "2")).then().statusCode(201));

        given().auth().oauth2(Tokens.user("nb-admin")).get("/api/v1/analytics/achievements/" + achievement)
                .then().statusCode(200)
                .body("survey.responses", equalTo(2))
                .body("survey.questions[0].id", equalTo("overall"))
                .body("survey.questions[0].answers", equalTo(2))
                .body("survey.questions[0].mean", equalTo(3.0f))
                .body("survey.questions[0].distribution", equalTo(Map.of("1", 0, "2", 1, "3", 0, "4", 1, "5", 0)))
                .body("survey.questions[1].answers", equalTo(1))
                .body("survey.questions[1].mean", equalTo(null))
                .body("survey.questions[1].distribution", equalTo(Map.of("yes", 1, "no", 0)));
        given().auth().oauth2(Tokens.user("nb-admin")).get("/api/v1/analytics/achievements/" + achievement
                        + "?format=csv").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("survey,overall,mean,3.00\r\nsurvey,overall,answer:1,0\r\n"));
    }

    @Test
    void theQuestionsHaveLimitsAndOnlyIssuerAdminsSetThem() {
        UUID achievement = EnrolmentFixture.published("Survey limits " + UUID.randomUUID());
        String survey = "/api/v1/analytics/achievements/" + achievement + "/survey";
        List<Map<String, Object>> six = List.of(q("a"), q("b"), q("c"), q("d"), q("e"), q("f"));
        put(survey, six).then().statusCode(400).body("errors[0].field", equalTo("questions"));
        put(survey, List.of(Map.of("id", "a", "text", "x".repeat(301), "kind", "scale"))).then().statusCode(400);
        put(survey, List.of(Map.of("id", "a", "text", "Pick", "kind", "choice"))).then().statusCode(400)
                .body("errors[0].field", equalTo("questions[0].choices"));
        put(survey, List.of(Map.of("id", "a", "text", "Pick", "kind", "choice",
                "choices", List.of("1", "2", "3", "4", "5", "6", "7")))).then().statusCode(400);
        put(survey, List.of(Map.of("id", "a", "text", "Rate", "kind", "scale", "choices", List.of("x", "y"))))
                .then().statusCode(400);
        put(survey, List.of(q("a"), q("a"))).then().statusCode(400).body("errors[0].field", equalTo("questions[1].id"));
        put(survey, List.of(Map.of("id", "a", "text", "Rate", "kind", "stars"))).then().statusCode(400);
        put(survey, List.of(q("a"), q("b"), q("c"), q("d"), q("e"))).then().statusCode(200);
        given().auth().oauth2(Tokens.user("nb-release")).contentType(ContentType.JSON)
                .body(Map.of("questions", List.of(q("a")))).put(survey).then().statusCode(403);
        given().auth().oauth2(Tokens.user("nb-earner")).get(survey).then().statusCode(403);
        given().auth().oauth2(Tokens.user("sp-admin")).contentType(ContentType.JSON)
                .body(Map.of("questions", List.of(q("a")))).put(survey).then().statusCode(404);
    }

    private static Map<String, Object> q(String id) {
        return Map.of("id", id, "text", "Rate " + id, "kind", "scale");
    }

    private static io.restassured.response.Response put(String path, List<Map<String, Object>> questions) {
        return given().auth().oauth2(Tokens.user("nb-admin")).contentType(ContentType.JSON)
                .body(Map.of("questions", questions)).put(path);
    }

    private static io.restassured.response.Response answer(String earner, UUID enrolment, Map<String, String> answers) {
        return given().auth().oauth2(Tokens.user(earner)).contentType(ContentType.JSON)
                .body(Map.of("answers", answers)).post("/api/v1/enrolments/" + enrolment + "/survey");
    }

    private static void award(UUID achievement, UUID enrolment, String earner) {
        Instant now = Instant.now();
        AssessmentDecided decided = AssessmentDecided.builder().assessmentId(UUID.randomUUID())
                .submissionId(UUID.randomUUID()).enrolmentId(enrolment).achievement(achievement, 1)
                .earner(Tokens.subject(earner), "e@x", "E").attempt(1).decision(Decision.AWARD).scores(List.of())
                .evidence(List.of()).decidedAt(now).enrolledAt(now).submittedAt(now).basis(AssessmentDecided.RUBRIC)
                .build();
        TestKafka.publish("test.", enrolment.toString(),
                EventEnvelope.wrap(decided, "northbridge", enrolment.toString(), now, null));
    }
}
