package org.microcred.submission.rest;

import org.junit.jupiter.api.Tag;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.microcred.events.EventCodec;
import org.microcred.events.Topics;
import org.microcred.events.submission.EvidenceLink;
import org.microcred.events.submission.SubmissionSubmitted;
import org.microcred.submission.rest.Journeys.Journey;
import org.microcred.submission.storage.Samples;
import org.microcred.support.testing.TestKafka;
import org.microcred.support.testing.Tokens;

/** Drafts resumed, submit refused with every missing item named, the receipt and the event. */
@Tag("servers")
@QuarkusTest
class SubmitTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String URL = "https://portfolio.example.org/lesson";

    @Test
    void theOpenDraftIsResumedByEnrolment() {
        Journey journey = Journeys.enrolledInKinds("nb-earner");
        given().auth().oauth2(Tokens.user("nb-earner")).get("/api/v1/submissions/draft?enrolmentId=" + UUID.randomUUID())
                .then().statusCode(404).contentType(PROBLEM);
        UUID id = Journeys.startAttempt(journey);
        answer(id, "First thoughts");
        Journeys.addLink("nb-earner", id, "portfolio", URL, "Lesson").then().statusCode(201);
        given().auth().oauth2(Tokens.user("nb-earner")).get("/api/v1/submissions/draft?enrolmentId=" + journey.enrolmentId())
                .then().statusCode(200)
                .body("id", equalTo(id.toString()))
                .body("status", equalTo("DRAFT"))
                .body("enrolmentStatus", equalTo("ACTIVE"))
                .body("prompts.kind", contains("written", "files", "links"))
                .body("prompts[1].allowedMediaTypes", contains("image/png", "image/jpeg"))
                .body("prompts[1].maxItems", equalTo(2))
                .body("answers[0].text", equalTo("First thoughts"))
                .body("links[0].url", equalTo(URL));
        for (String other : List.of("nb-earner2", "sp-earner")) {
            given().auth().oauth2(Tokens.user(other)).get("/api/v1/submissions/draft?enrolmentId=" + journey.enrolmentId())
                    .then().statusCode(404);
        }
        given().auth().oauth2(Tokens.user("nb-assessor")).get("/api/v1/submissions/draft?enrolmentId=" + journey.enrolmentId())
                .then().statusCode(403);
        given().auth().oauth2(Tokens.user("nb-earner")).get("/api/v1/submissions/draft").then().statusCode(400);
        given().get("/api/v1/submissions/draft?enrolmentId=" + journey.enrolmentId()).then().statusCode(401);
    }

    @Test
    void submitNamesEveryMissingItemByPrompt() {
        UUID id = Journeys.startAttempt(Journeys.enrolledInKinds("nb-earner"));
        given().auth().oauth2(Tokens.user("nb-earner")).post("/api/v1/submissions/" + id + "/submit")
                .then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("https://microcred.org/problems/incomplete-submission"))
                .body("errors.field", containsInAnyOrder("reflection", "photos", "portfolio"))
                .body("errors.message", containsInAnyOrder("a written answer is required",
                        "at least 1 file is required; 0 given", "at least 1 link is required; 0 given"));
        given().auth().oauth2(Tokens.user("nb-earner")).get("/api/v1/submissions/" + id)
                .then().statusCode(200).body("status", equalTo("DRAFT")).body("submittedAt", equalTo(null));
    }

    @Test
    void theReceiptAndTheEventCarryFilesWithTheirHashesAndLinks() {
        Journey journey = Journeys.enrolledInKinds("nb-earner");
        UUID id = Journeys.startAttempt(journey);
        answer(id, "I moved the exit ticket earlier.");
        Journeys.upload("nb-earner", id, "photos", "board.png", Samples.PNG, "image/png").then().statusCode(201);
        Journeys.addLink("nb-earner", id, "portfolio", URL, "Lesson video").then().statusCode(201);

        given().auth().oauth2(Tokens.user("nb-earner")).post("/api/v1/submissions/" + id + "/submit")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("submissionId", equalTo(id.toString()))
                .body("attempt", equalTo(1))
                .body("submittedAt", notNullValue())
                .body("files[0].artifactId", notNullValue())
                .body("files[0].fileName", equalTo("board.png"))
                .body("files[0].sha256", equalTo(Samples.sha256(Samples.PNG)))
                .body("files[0].size", equalTo(Samples.PNG.length))
                .body("files[0].mediaType", equalTo("image/png"))
                .body("links[0].url", equalTo(URL))
                .body("links[0].title", equalTo("Lesson video"));
        Journeys.addLink("nb-earner", id, "portfolio", URL + "?late", null).then().statusCode(409)
                .body("type", equalTo("https://microcred.org/problems/not-a-draft"));

        ConsumerRecord<String, String> found = TestKafka.await(Journeys.PREFIX + Topics.SUBMISSION,
                r -> r.value().contains(id.toString()) && r.value().contains("\"submission.submitted\""), 1,
                Duration.ofSeconds(30)).get(0);
        SubmissionSubmitted event = (SubmissionSubmitted) EventCodec.decode(found.value()).payload();
        assertEquals(List.of(new EvidenceLink("portfolio", URL, "Lesson video")), event.links());
        assertEquals(Samples.sha256(Samples.PNG), event.artifacts().get(0).sha256());
        assertEquals(journey.enrolmentId().toString(), found.key());
    }

    private static void answer(UUID id, String text) {
        given().auth().oauth2(Tokens.user("nb-earner")).contentType(ContentType.JSON)
                .body(Map.of("answers", List.of(Map.of("promptId", "reflection", "text", text))))
                .put("/api/v1/submissions/" + id + "/answers").then().statusCode(200);
    }
}
