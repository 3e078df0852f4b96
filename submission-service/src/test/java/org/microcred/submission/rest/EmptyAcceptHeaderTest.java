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

    /**
     * The answers the corpus saw fail: those written by a writer chosen per request (a resource answering a
     * {@code Response}, here starting an attempt again answers the draft), which parses Accept.
     */
    @Test
    void anAnswerNegotiatedPerRequestToAnEmptyAcceptIsJson() throws Exception {
        Journeys.Journey journey = Journeys.enrolled("nb-earner");
        Journeys.startAttempt(journey);
        UUID enrolmentId = journey.enrolmentId();
        byte[] start = ("{\"enrolmentId\":\"" + enrolmentId + "\"}").getBytes(StandardCharsets.UTF_8);
        for (String accept : List.of("", ",")) {
            HttpResponse<String> answer = RawRequests.send("nb-earner", "POST", "/api/v1/submissions",
                    Map.of("Accept", accept, "Content-Type", "application/json"), start, Duration.ofSeconds(20));
            assertEquals(200, answer.statusCode(), "Accept '" + accept + "' -> " + answer.body());
            assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
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
