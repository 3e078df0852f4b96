package org.microcred.submission.rest;

import org.junit.jupiter.api.Tag;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microcred.events.catalogue.EvidencePrompt;
import org.microcred.submission.TestDb;
import org.microcred.submission.storage.Samples;
import org.microcred.support.testing.Tokens;

/** Evidence by prompt kind: which prompt takes what, which types, how many, how much. */
@Tag("servers")
@QuarkusTest
class EvidenceKindsTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void aPromptsAllowListDecidesWhichDetectedTypesItTakes() {
        UUID id = Journeys.startAttempt(Journeys.enrolledInKinds("nb-earner"));
        TestDb.Evidence before = TestDb.evidenceOf(id);
        Journeys.upload("nb-earner", id, "photos", "board.png", Samples.PDF, "image/png")
                .then().statusCode(415).contentType(PROBLEM)
                .body("type", equalTo("https://microcred.org/problems/unsupported-media-type"))
                .body("detail", containsString("application/pdf"))
                .body("detail", containsString("image/png, image/jpeg"));
        Journeys.upload("nb-earner", id, "photos", "board.pdf", Samples.PDF, "application/pdf").then().statusCode(415);
        assertEquals(before, TestDb.evidenceOf(id), "nothing stored");
        Journeys.upload("nb-earner", id, "photos", "board.png", Samples.PNG, "image/png")
                .then().statusCode(201).body("mediaType", equalTo("image/png"));
    }

    @Test
    void withoutItsOwnListAPromptTakesTheDefaultAllowList() {
        UUID achievement = Journeys.publish("northbridge", List.of(new EvidencePrompt("clip", "A short clip", true,
                EvidencePrompt.FILES, List.of(), 1, 2)), null, null);
        UUID id = Journeys.startAttempt(Journeys.enrol("nb-earner", "northbridge", achievement));
        byte[] mp4 = "\0\0\0\u0018ftypisom\0\0\0\0".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Journeys.upload("nb-earner", id, "clip", "clip.mp4", mp4, "video/mp4")
                .then().statusCode(415).body("detail", containsString("video/mp4"));
        Journeys.upload("nb-earner", id, "clip", "plan.pdf", Samples.PDF, "application/pdf").then().statusCode(201);
    }

    @Test
    void aPromptTakesAtMostItsMaxItemsFiles() {
        UUID id = Journeys.startAttempt(Journeys.enrolledInKinds("nb-earner"));
        Journeys.upload("nb-earner", id, "photos", "1.png", Samples.PNG, "image/png").then().statusCode(201);
        Journeys.upload("nb-earner", id, "photos", "2.jpg", Samples.JPEG, "image/jpeg").then().statusCode(201);
        TestDb.Evidence before = TestDb.evidenceOf(id);
        Journeys.upload("nb-earner", id, "photos", "3.png", Samples.PNG, "image/png")
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("https://microcred.org/problems/too-many-items"))
                .body("detail", containsString("at most 2"));
        assertEquals(before, TestDb.evidenceOf(id), "nothing stored");
    }

    @Test
    void filesGoOnlyToPromptsThatTakeFilesAndAnswersOnlyToWrittenOnes() {
        UUID id = Journeys.startAttempt(Journeys.enrolledInKinds("nb-earner"));
        TestDb.Evidence before = TestDb.evidenceOf(id);
        for (String prompt : List.of("reflection", "portfolio")) {
            Journeys.upload("nb-earner", id, prompt, "a.png", Samples.PNG, "image/png")
                    .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("promptId"));
        }
        given().auth().oauth2(Tokens.user("nb-earner")).contentType(ContentType.JSON)
                .body(Map.of("answers", List.of(Map.of("promptId", "photos", "text", "words"))))
                .put("/api/v1/submissions/" + id + "/answers")
                .then().statusCode(400).body("errors[0].message", containsString("answered by files"));
        assertEquals(before, TestDb.evidenceOf(id), "nothing stored");
    }

    @Test
    void theFilesOfAnAttemptHoldAtMost50MiBTogether() {
        UUID id = Journeys.startAttempt(Journeys.enrolled("nb-earner"));
        byte[] tenMiB = Arrays.copyOf(Samples.PDF, 10 * 1024 * 1024);
        for (int i = 0; i < 5; i++) {
            Journeys.upload("nb-earner", id, "plan", "part-" + i + ".pdf", tenMiB, "application/pdf").then().statusCode(201);
        }
        TestDb.Evidence before = TestDb.evidenceOf(id);
        Journeys.upload("nb-earner", id, "plan", "one-more.pdf", Samples.PDF, "application/pdf")
                .then().statusCode(413).contentType(PROBLEM)
                .body("type", equalTo("https://microcred.org/problems/attempt-too-large"));
        assertEquals(before, TestDb.evidenceOf(id), "nothing stored");
    }
}
