package org.microcred.submission.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Corpus finding (issue 9 E): an upload of exactly the multipart limit (11 MiB) that is mostly a text form field, not
 * a file, got no answer within 60 s: the parser refused the field (over quarkus.http.limits.max-form-attribute-size)
 * and paused the request, while the client waited to finish sending. It is a prompt 413 problem.
 */
@Tag("servers")
@QuarkusTest
class FormFieldAtBodyLimitTest {

    private static final int MULTIPART_LIMIT = 11 * 1024 * 1024;

    @Test
    void aTextFieldFillingTheMultipartLimitIsAPrompt413Problem() {
        String boundary = "corpus-boundary-7f3a";
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"corpusPadding\"\r\n\r\n";
        String tail = "\r\n--" + boundary + "--\r\n";
        byte[] body = new byte[MULTIPART_LIMIT];
        Arrays.fill(body, (byte) 'p');
        System.arraycopy(head.getBytes(StandardCharsets.US_ASCII), 0, body, 0, head.length());
        System.arraycopy(tail.getBytes(StandardCharsets.US_ASCII), 0, body, body.length - tail.length(), tail.length());
        HttpResponse<String> answer = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> RawRequests.send(
                "nb-earner", "POST", "/api/v1/submissions/" + UUID.randomUUID() + "/files",
                Map.of("Content-Type", "multipart/form-data; boundary=" + boundary), body, Duration.ofSeconds(25)));
        assertEquals(413, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("https://microcred.org/problems/body-too-large"), answer.body());
    }
}
