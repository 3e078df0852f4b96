package org.microcred.submission.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Corpus finding (issue 9 E): a JSON field sent twice was an empty 500 (Jackson's InvalidDefinitionException "No
 * fallback setter/field defined for creator property", made a 500 by Quarkus). It is a 400 malformed-body problem.
 */
@Tag("servers")
@QuarkusTest
class DuplicateJsonFieldTest {

    @Test
    void aFieldSentTwiceIsA400MalformedBodyProblem() throws Exception {
        String path = "/api/v1/submissions/" + UUID.randomUUID() + "/links";
        for (String body : List.of(
                "{\"promptId\":\"portfolio\",\"url\":\"https://example.org/more\",\"title\":\"More\",\"title\":[[[]]]}",
                "{\"promptId\":\"portfolio\",\"url\":\"https://example.org/a\",\"url\":\"https://example.org/b\"}",
                "{\"promptId\":null,\"promptId\":\"portfolio\",\"url\":\"https://example.org/more\"}")) {
            HttpResponse<String> answer = RawRequests.send("nb-earner", "POST", path,
                    Map.of("Content-Type", "application/json"), body.getBytes(StandardCharsets.UTF_8),
                    Duration.ofSeconds(20));
            assertEquals(400, answer.statusCode(), body + " -> " + answer.body());
            assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElse(""));
            assertTrue(answer.body().contains("https://microcred.org/problems/malformed-body"), answer.body());
            assertTrue(answer.body().contains("Duplicate field"), answer.body());
        }
    }
}
