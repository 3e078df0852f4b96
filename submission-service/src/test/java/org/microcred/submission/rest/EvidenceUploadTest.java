package org.microcred.submission.rest;

import org.junit.jupiter.api.Tag;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.microcred.submission.TestDb;
import org.microcred.submission.storage.Samples;
import org.microcred.support.testing.OversizedBodies;
import org.microcred.support.testing.Tokens;

@Tag("servers")
@QuarkusTest
class EvidenceUploadTest {

    private static final String PROBLEM = "application/problem+json";
    private static final byte[] TEXT = "Réflexion — 日本語\n".getBytes(StandardCharsets.UTF_8);

    @Test
    void anUploadIsStoredWithItsDetectedTypeSizeAndSha256AndReadBack() throws Exception {
        UUID id = Journeys.startAttempt(Journeys.enrolled("nb-earner"));
        String artifactId = Journeys.upload("nb-earner", id, "plan", "plan.pdf", Samples.PDF, "text/plain")
                .then().statusCode(201).contentType("application/json")
                .body("promptId", equalTo("plan"))
                .body("fileName", equalTo("plan.pdf"))
                .body("mediaType", equalTo("application/pdf"))
                .body("size", equalTo(Samples.PDF.length))
                .body("sha256", equalTo(Samples.sha256(Samples.PDF)))
                .extract().path("id");
        given().auth().oauth2(Tokens.user("nb-earner")).get("/api/v1/submissions/" + id)
                .then().statusCode(200).body("artifacts.id", equalTo(List.of(artifactId)));
        // Assessors read an attempt once it is assigned to them (VisibilityTest).
        for (String reader : List.of("nb-earner", "nb-admin")) {
            byte[] bytes = given().auth().oauth2(Tokens.user(reader)).get(file(id, artifactId))
                    .then().statusCode(200).contentType("application/pdf")
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Content-Disposition", containsString("attachment; filename=\"plan.pdf\""))
                    .extract().asByteArray();
            assertArrayEquals(Samples.PDF, bytes);
        }
    }

    @Test
    void anotherEarnerOrTenantCannotReadOrAddFiles() {
        UUID id = Journeys.startAttempt(Journeys.enrolled("nb-earner"));
        String artifactId = Journeys.upload("nb-earner", id, "plan", "notes.txt", TEXT, "text/plain")
                .then().statusCode(201).body("mediaType", equalTo("text/plain")).extract().path("id");
        for (String stranger : List.of("nb-earner2", "sp-earner", "sp-assessor")) {
            given().auth().oauth2(Tokens.user(stranger)).get(file(id, artifactId)).then().statusCode(404);
        }
        Journeys.upload("nb-earner2", id, "plan", "mine.txt", TEXT, "text/plain").then().statusCode(404);
        Journeys.upload("nb-assessor", id, "plan", "mine.txt", TEXT, "text/plain").then().statusCode(403);
    }

    @Test
    void anExecutableRenamedPdfIsRefusedAs415NamingTheDetectedType() {
        UUID id = Journeys.startAttempt(Journeys.enrolled("nb-earner"));
        TestDb.Evidence before = TestDb.evidenceOf(id);
        Journeys.upload("nb-earner", id, "plan", "lesson-plan.pdf", Samples.WINDOWS_EXE, "application/pdf")
                .then().statusCode(415).contentType(PROBLEM)
                .body("type", equalTo("https://microcred.org/problems/unsupported-media-type"))
                .body("detail", containsString("executable"))
                .body("detail", containsString("application/x-msdownload"));
        assertEquals(before, TestDb.evidenceOf(id), "nothing stored");
        given().auth().oauth2(Tokens.user("nb-earner")).get("/api/v1/submissions/" + id)
                .then().statusCode(200).body("artifacts", hasSize(0));
    }

    @Test
    void aFileOverTheLimitIsA413Problem() {
        UUID id = Journeys.startAttempt(Journeys.enrolled("nb-earner"));
        TestDb.Evidence before = TestDb.evidenceOf(id);
        byte[] justOver = Arrays.copyOf(Samples.PDF, 10 * 1024 * 1024 + 1);
        Journeys.upload("nb-earner", id, "plan", "big.pdf", justOver, "application/pdf")
                .then().statusCode(413).contentType(PROBLEM)
                .body("type", equalTo("https://microcred.org/problems/file-too-large"));
        assertEquals(before, TestDb.evidenceOf(id), "nothing stored");
    }

    @Test
    void anUploadDeclaringMoreThanTheHttpLimitIsRefusedBeforeItIsRead() {
        UUID id = Journeys.startAttempt(Journeys.enrolled("nb-earner"));
        String boundary = "b" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"promptId\"\r\n\r\nplan\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"huge.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] body = Arrays.copyOf(head, 12 * 1024 * 1024);
        given().config(OversizedBodies.expectContinue()).auth().oauth2(Tokens.user("nb-earner"))
                .contentType("multipart/form-data; boundary=" + boundary).body(body)
                .post("/api/v1/submissions/" + id + "/files")
                .then().statusCode(413).contentType(PROBLEM)
                .body("type", equalTo("https://microcred.org/problems/body-too-large"));
    }

    @Test
    void aChunkedUploadOverTheHttpLimitIsA413ProblemToo() {
        UUID id = Journeys.startAttempt(Journeys.enrolled("nb-earner"));
        byte[] huge = Arrays.copyOf(Samples.PDF, 12 * 1024 * 1024);
        // REST Assured streams multipart bodies chunked, without a Content-Length.
        int status = Journeys.upload("nb-earner", id, "plan", "huge.pdf", huge, "application/pdf")
                .then().contentType(PROBLEM).extract().statusCode();
        assertEquals(413, status);
    }

    /**
     * Chosen: a traversal name is stored sanitized (its base name) rather than refused, since the
     * name is only ever shown; the bytes live under a generated key whatever the client sends.
     */
    @Test
    void aPathTraversalNameIsReducedToItsBaseNameAndNeverBecomesAPath() throws Exception {
        UUID id = Journeys.startAttempt(Journeys.enrolled("nb-earner"));
        Journeys.upload("nb-earner", id, "plan", "../../etc/evil.txt", TEXT, "text/plain")
                .then().statusCode(201).body("fileName", equalTo("evil.txt"));
        String artifactId = Journeys.upload("nb-earner", id, "plan", "../../etc/passwd", TEXT, "text/plain")
                .then().statusCode(201).body("fileName", equalTo("passwd.txt")).extract().path("id");
        Journeys.upload("nb-earner", id, "plan", "..\\..\\Windows\\notes\tfinal.txt", TEXT, "text/plain")
                .then().statusCode(201).body("fileName", equalTo("notes_final.txt"));
        assertFalse(Files.exists(Path.of("etc/evil.txt")));
        assertFalse(Files.exists(Path.of("target/etc/passwd")));
        try (Stream<Path> stored = Files.walk(Path.of("target/submission-files"))) {
            assertFalse(stored.anyMatch(p -> p.getFileName().toString().contains("evil")
                    || p.getFileName().toString().contains("passwd")), "stored under its id only");
        }
        given().auth().oauth2(Tokens.user("nb-earner")).get(file(id, artifactId))
                .then().statusCode(200).header("Content-Disposition", containsString("filename=\"passwd.txt\""));
    }

    /** Issue 9 (part D): the name's extension must be one of the detected type's; 415 naming both. */
    @Test
    void aFileWhoseExtensionIsNotItsTypesIsRefusedNamingBoth() {
        UUID id = Journeys.startAttempt(Journeys.enrolled("nb-earner"));
        TestDb.Evidence before = TestDb.evidenceOf(id);
        Journeys.upload("nb-earner", id, "plan", "invoice.hta", Samples.PDF, "application/pdf")
                .then().statusCode(415).contentType(PROBLEM)
                .body("type", equalTo("https://microcred.org/problems/unsupported-media-type"))
                .body("detail", containsString(".hta")).body("detail", containsString("application/pdf"));
        Journeys.upload("nb-earner", id, "plan", "run.bat", TEXT, "text/plain")
                .then().statusCode(415).body("detail", containsString(".bat")).body("detail", containsString("text/plain"));
        assertEquals(before, TestDb.evidenceOf(id), "nothing stored");
    }

    @Test
    void aFileIsServedUnderASafeNameWithItsDetectedTypesExtension() {
        UUID id = Journeys.startAttempt(Journeys.enrolled("nb-earner"));
        String artifactId = Journeys.upload("nb-earner", id, "plan", "lesson plan", Samples.PDF, "text/html")
                .then().statusCode(201).body("fileName", equalTo("lesson plan.pdf")).extract().path("id");
        given().auth().oauth2(Tokens.user("nb-earner")).get(file(id, artifactId))
                .then().statusCode(200).contentType("application/pdf")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", containsString("attachment; filename=\"lesson plan.pdf\""));
    }

    @Test
    void anUploadForAnUnknownPromptOrWithoutAFileIsA400() {
        UUID id = Journeys.startAttempt(Journeys.enrolled("nb-earner"));
        Journeys.upload("nb-earner", id, "nope", "notes.txt", TEXT, "text/plain")
                .then().statusCode(400).body("errors[0].field", equalTo("promptId"));
        given().auth().oauth2(Tokens.user("nb-earner")).multiPart("promptId", "plan")
                .post("/api/v1/submissions/" + id + "/files")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("file"));
    }

    @Test
    void anAttemptHoldsAtMostTenFiles() {
        UUID id = Journeys.startAttempt(Journeys.enrolled("nb-earner"));
        for (int i = 0; i < 10; i++) {
            Journeys.upload("nb-earner", id, "plan", "notes-" + i + ".txt", TEXT, "text/plain").then().statusCode(201);
        }
        TestDb.Evidence before = TestDb.evidenceOf(id);
        Journeys.upload("nb-earner", id, "plan", "eleven.txt", TEXT, "text/plain")
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("https://microcred.org/problems/too-many-files"));
        assertEquals(before, TestDb.evidenceOf(id), "nothing stored");
    }

    @Test
    void aFileRemovedFromADraftIsGone() {
        UUID id = Journeys.startAttempt(Journeys.enrolled("nb-earner"));
        String artifactId = Journeys.upload("nb-earner", id, "plan", "notes.txt", TEXT, "text/plain")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.user("nb-earner")).delete(file(id, artifactId)).then().statusCode(204);
        given().auth().oauth2(Tokens.user("nb-earner")).get(file(id, artifactId)).then().statusCode(404);
    }

    @Test
    void aSubmittedAttemptTakesNoMoreFiles() {
        UUID id = Journeys.submittedAttempt(Journeys.enrolled("nb-earner"), Samples.PDF);
        Journeys.upload("nb-earner", id, "plan", "late.txt", TEXT, "text/plain")
                .then().statusCode(409).body("type", equalTo("https://microcred.org/problems/not-a-draft"));
    }

    private static String file(UUID submissionId, String artifactId) {
        return "/api/v1/submissions/" + submissionId + "/files/" + artifactId;
    }
}
