package org.microcred.submission.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Corpus finding (issue 9 E): an empty {@code Accept:} was a 500 ("Failed to parse media type") once the answer was
 * written. An empty or unparseable Accept is treated as absent (RFC 9110: any media type); a well-formed one that
 * no answer satisfies is still a 406.
 */
@Tag("servers")
@QuarkusTest
class EmptyAcceptHeaderTest {

    @Test
    void anEmptyOrUnparseableAcceptIsTreatedAsAbsent() throws Exception {
        String path = "/api/v1/submissions?enrolmentId=" + UUID.randomUUID();
        for (String accept : List.of("", " ", ",", "application/", "/json")) {
            HttpResponse<String> answer = RawRequests.send("nb-earner", "GET", path, Map.of("Accept", accept), null,
                    Duration.ofSeconds(20));
            assertEquals(200, answer.statusCode(), "Accept '" + accept + "' -> " + answer.body());
            assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                    "Accept '" + accept + "'");
            assertEquals("[]", answer.body());
        }
    }

    @Test
    void aWellFormedAcceptNoAnswerSatisfiesIsStill406() throws Exception {
        HttpResponse<String> answer = RawRequests.send("nb-earner", "GET",
                "/api/v1/submissions?enrolmentId=" + UUID.randomUUID(), Map.of("Accept", "image/png"), null,
                Duration.ofSeconds(20));
        assertEquals(406, answer.statusCode(), answer.body());
    }
}
