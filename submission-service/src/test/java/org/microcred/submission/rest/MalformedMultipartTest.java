package org.microcred.submission.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Corpus finding (issue 9 E): a malformed multipart body was a 500 "internal" problem (the parser's IOException
 * "Connection terminated reading multipart data", MalformedMessageException, StringIndexOutOfBoundsException). Each
 * is a 400 malformed-body problem, before the resource is reached (the attempt here does not exist).
 */
@Tag("servers")
@QuarkusTest
class MalformedMultipartTest {

    private static final String BOUNDARY = "corpus-boundary-7f3a";
    private static final String WELL_FORMED = "--" + BOUNDARY + "\r\n"
            + "Content-Disposition: form-data; name=\"promptId\"\r\n\r\nplan\r\n"
            + "--" + BOUNDARY + "\r\n"
            + "Content-Disposition: form-data; name=\"file\"; filename=\"notes.txt\"\r\n"
            + "Content-Type: text/plain\r\n\r\nsome notes\r\n"
            + "--" + BOUNDARY + "--\r\n";

    @Test
    void aMalformedMultipartBodyIsA400MalformedBodyProblem() throws Exception {
        String multipart = "multipart/form-data; boundary=";
        Map<String, String[]> cases = new LinkedHashMap<>();
        cases.put("boundary=x", new String[] {multipart + "x", WELL_FORMED});
        cases.put("another boundary", new String[] {multipart + "other", WELL_FORMED});
        cases.put("empty boundary", new String[] {multipart, WELL_FORMED});
        cases.put("no closing boundary", new String[] {multipart + BOUNDARY,
                WELL_FORMED.substring(0, WELL_FORMED.lastIndexOf("--" + BOUNDARY + "--"))});
        cases.put("truncated", new String[] {multipart + BOUNDARY, WELL_FORMED.substring(0, 77)});
        cases.put("part without headers end", new String[] {multipart + BOUNDARY,
                "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"promptId\"" + "x".repeat(5000)});
        String path = "/api/v1/submissions/" + UUID.randomUUID() + "/files";
        for (Map.Entry<String, String[]> input : cases.entrySet()) {
            HttpResponse<String> answer = RawRequests.send("nb-earner", "POST", path,
                    Map.of("Content-Type", input.getValue()[0]), input.getValue()[1].getBytes(StandardCharsets.UTF_8),
                    Duration.ofSeconds(20));
            assertEquals(400, answer.statusCode(), input.getKey() + " -> " + answer.body());
            assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElse(""),
                    input.getKey());
            assertTrue(answer.body().contains("https://microcred.org/problems/malformed-body"),
                    input.getKey() + " -> " + answer.body());
        }
    }

    /** The parser reads LF-only framing as a body without parts: the missing field is named. */
    @Test
    void lfOnlyLineEndsAreA400NamingTheMissingField() throws Exception {
        HttpResponse<String> answer = RawRequests.send("nb-earner", "POST",
                "/api/v1/submissions/" + UUID.randomUUID() + "/files",
                Map.of("Content-Type", "multipart/form-data; boundary=" + BOUNDARY),
                WELL_FORMED.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8), Duration.ofSeconds(20));
        assertEquals(400, answer.statusCode(), answer.body());
        assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElse(""));
        assertTrue(answer.body().contains("promptId"), answer.body());
    }

    @Test
    void theWellFormedBodyOfTheseCasesReachesTheResource() throws Exception {
        HttpResponse<String> answer = RawRequests.send("nb-earner", "POST",
                "/api/v1/submissions/" + UUID.randomUUID() + "/files",
                Map.of("Content-Type", "multipart/form-data; boundary=" + BOUNDARY),
                WELL_FORMED.getBytes(StandardCharsets.UTF_8), Duration.ofSeconds(20));
        assertEquals(404, answer.statusCode(), answer.body());
    }
}
