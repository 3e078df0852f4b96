package org.microcred.submission.rest;

import org.junit.jupiter.api.Tag;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microcred.submission.rest.Journeys.Journey;
import org.microcred.support.testing.OversizedBodies;
import org.microcred.support.testing.Tokens;

@Tag("servers")
@QuarkusTest
class SubmissionResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void anonymousCallerGetsProblemDetails401() {
        given().contentType(ContentType.JSON).body(Map.of("enrolmentId", UUID.randomUUID()))
                .post("/api/v1/submissions")
                .then().statusCode(401).contentType(PROBLEM).header("WWW-Authenticate", "Bearer");
        given().get("/api/v1/submissions/" + UUID.randomUUID()).then().statusCode(401);
    }

    @Test
    void onlyEarnersStartAttempts() {
        Journey journey = Journeys.enrolled("nb-earner");
        Journeys.startAttempt(journey);
        Journeys.start("nb-assessor", journey.enrolmentId()).then().statusCode(403).contentType(PROBLEM)
                .body("type", equalTo("https://microcred.org/problems/forbidden"));
        given().auth().oauth2(Tokens.lms("northbridge")).contentType(ContentType.JSON)
                .body(Map.of("enrolmentId", journey.enrolmentId())).post("/api/v1/submissions")
                .then().statusCode(403);
    }

    @Test
    void startingTwiceAnswersTheOpenDraft() {
        Journey journey = Journeys.enrolled("nb-earner");
        UUID id = Journeys.startAttempt(journey);
        Journeys.start("nb-earner", journey.enrolmentId()).then().statusCode(200)
                .body("id", equalTo(id.toString()))
                .body("attempt", equalTo(1))
                .body("status", equalTo("DRAFT"))
                .body("prompts.id", contains("plan", "reflection"));
    }

    @Test
    void anUnknownEnrolmentAnswers404() {
        Journeys.start("nb-earner", UUID.randomUUID()).then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("https://microcred.org/problems/not-found"));
    }

    @Test
    void anotherEarnersOrTenantsEnrolmentAndSubmissionAnswer404() {
        Journey journey = Journeys.enrolled("nb-earner");
        UUID id = Journeys.startAttempt(journey);
        Journeys.start("nb-earner2", journey.enrolmentId()).then().statusCode(404);
        Journeys.start("sp-earner", journey.enrolmentId()).then().statusCode(404);
        for (String stranger : List.of("nb-earner2", "sp-earner", "sp-assessor", "sp-admin")) {
            given().auth().oauth2(Tokens.user(stranger)).get("/api/v1/submissions/" + id)
                    .then().statusCode(404);
        }
        given().auth().oauth2(Tokens.user("nb-earner2")).post("/api/v1/submissions/" + id + "/submit")
                .then().statusCode(404);
        given().auth().oauth2(Tokens.user("nb-earner2")).get("/api/v1/submissions?enrolmentId=" + journey.enrolmentId())
                .then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void issuerAdminsOfTheTenantReadAnySubmissionButUnassignedAssessorsDoNot() {
        Journey journey = Journeys.enrolled("nb-earner");
        UUID id = Journeys.startAttempt(journey);
        given().auth().oauth2(Tokens.user("nb-admin")).get("/api/v1/submissions/" + id)
                .then().statusCode(200).body("enrolmentId", equalTo(journey.enrolmentId().toString()));
        // An assessor sees an attempt only once it is assigned to them (VisibilityTest).
        given().auth().oauth2(Tokens.user("nb-assessor")).get("/api/v1/submissions/" + id)
                .then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(Tokens.user("nb-release")).get("/api/v1/submissions/" + id).then().statusCode(403);
    }

    @Test
    void answersReplaceTheDraftsAnswers() {
        Journey journey = Journeys.enrolled("nb-earner");
        UUID id = Journeys.startAttempt(journey);
        Journeys.answerAll("nb-earner", id);
        given().auth().oauth2(Tokens.user("nb-earner")).contentType(ContentType.JSON)
                .body(Map.of("answers", List.of(Map.of("promptId", "reflection", "text", "Zoë's réflexion 日本語"))))
                .put("/api/v1/submissions/" + id + "/answers")
                .then().statusCode(200)
                .body("answers", hasSize(1))
                .body("answers[0].text", equalTo("Zoë's réflexion 日本語"));
    }

    @Test
    void emptyBlankAndOverlongAnswersAreRefusedAndLeaveTheDraftAsItWas() {
        UUID id = Journeys.startAttempt(Journeys.enrolled("nb-earner"));
        putAnswers(id, List.of(Map.of("promptId", "plan", "text", "x".repeat(20_000)))).then().statusCode(200);
        for (String text : List.of("", "  \n\t ", "x".repeat(20_001))) {
            putAnswers(id, List.of(Map.of("promptId", "plan", "text", text)))
                    .then().statusCode(400).contentType(PROBLEM)
                    .body("type", equalTo("https://microcred.org/problems/validation"))
                    .body("errors.field", contains("answers[0].text"));
        }
        given().auth().oauth2(Tokens.user("nb-earner")).get("/api/v1/submissions/" + id)
                .then().statusCode(200).body("answers", hasSize(1)).body("answers[0].text.length()", equalTo(20_000));
    }

    @Test
    void anAnswerToAnUnknownPromptOrTwoToOnePromptAreRefused() {
        UUID id = Journeys.startAttempt(Journeys.enrolled("nb-earner"));
        putAnswers(id, List.of(Map.of("promptId", "plan", "text", "a"), Map.of("promptId", "nope", "text", "b"),
                Map.of("promptId", "plan", "text", "c")))
                .then().statusCode(400)
                .body("errors.field", contains("answers[1].promptId", "answers[2].promptId"))
                .body("errors[0].message", equalTo("not a prompt of this micro-credential"));
    }

    @Test
    void submittingWithMissingItemsListsThemByPromptId() {
        UUID id = Journeys.startAttempt(Journeys.enrolled("nb-earner"));
        putAnswers(id, List.of(Map.of("promptId", "reflection", "text", "Done"))).then().statusCode(200);
        given().auth().oauth2(Tokens.user("nb-earner")).post("/api/v1/submissions/" + id + "/submit")
                .then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("https://microcred.org/problems/incomplete-submission"))
                .body("errors.field", containsInAnyOrder("plan", "plan"))
                .body("errors.message", containsInAnyOrder("a written answer is required",
                        "at least 1 file is required; 0 given"));
        given().auth().oauth2(Tokens.user("nb-earner")).get("/api/v1/submissions/" + id)
                .then().statusCode(200).body("status", equalTo("DRAFT"));
    }

    @Test
    void submittingTwiceAnswersTheSameReceiptAndFreezesTheAttempt() {
        Journey journey = Journeys.enrolled("nb-earner");
        UUID id = Journeys.submittedAttempt(journey, "%PDF-1.7\nplan\n%%EOF\n".getBytes());
        Map<String, Object> first = submit(id);
        assertEquals(first, submit(id));
        assertEquals(id.toString(), first.get("submissionId"));
        given().auth().oauth2(Tokens.user("nb-earner")).get("/api/v1/submissions/" + id)
                .then().statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("submittedAt", notNullValue());
        putAnswers(id, List.of(Map.of("promptId", "plan", "text", "too late"))).then().statusCode(409)
                .body("type", equalTo("https://microcred.org/problems/not-a-draft"));
        Journeys.start("nb-earner", journey.enrolmentId()).then().statusCode(409)
                .body("type", equalTo("https://microcred.org/problems/awaiting-decision"));
    }

    @Test
    void listingNeedsAnEnrolmentId() {
        given().auth().oauth2(Tokens.user("nb-earner")).get("/api/v1/submissions")
                .then().statusCode(400).contentType(PROBLEM).body("detail", containsString("invalid"));
    }

    @Test
    void aLargeJsonBodyIsRefusedAs413() {
        UUID id = UUID.randomUUID();
        given().config(OversizedBodies.expectContinue())
                .auth().oauth2(Tokens.user("nb-earner")).contentType(ContentType.JSON)
                .body("{\"answers\":[{\"promptId\":\"plan\",\"text\":\"" + "x".repeat(3 * 1024 * 1024) + "\"}]}")
                .put("/api/v1/submissions/" + id + "/answers")
                .then().statusCode(413).contentType(PROBLEM)
                .body("type", equalTo("https://microcred.org/problems/body-too-large"));
    }

    private static io.restassured.response.Response putAnswers(UUID id, List<Map<String, String>> answers) {
        return given().auth().oauth2(Tokens.user("nb-earner")).contentType(ContentType.JSON)
                .body(Map.of("answers", answers)).put("/api/v1/submissions/" + id + "/answers");
    }

    private static Map<String, Object> submit(UUID id) {
        return given().auth().oauth2(Tokens.user("nb-earner")).post("/api/v1/submissions/" + id + "/submit")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("attempt", equalTo(1))
                .body("files[0].sha256", notNullValue())
                .extract().jsonPath().getMap("");
    }
}
