package org.microcred.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.function.Predicate;

/** Checks of a dashboard journey ({@code GET /api/v1/dashboard/{enrolmentId}}) shared by the tests. */
final class Journeys {

    private Journeys() {
    }

    /** A journey at one of the stages. */
    static Predicate<JsonNode> atStage(String... stages) {
        List<String> wanted = List.of(stages);
        return journey -> wanted.contains(journey.path("stage").asText());
    }

    /**
     * The journey shows the stage, the attempt, and exactly the feedback of the decided attempts,
     * each as {@code "<attempt>:<decision>"} in order.
     */
    static void assertJourney(JsonNode journey, String stage, int attempt, List<String> feedback) {
        assertEquals(stage, journey.path("stage").asText(), "stage: " + journey);
        assertEquals(attempt, journey.path("attempt").asInt(), "attempt: " + journey);
        assertEquals(feedback, feedbackOf(journey), "feedback list: " + journey.path("feedback"));
    }

    static List<String> feedbackOf(JsonNode journey) {
        return LearningClient.items(journey.path("feedback")).stream()
                .map(f -> f.path("attempt").asInt() + ":" + f.path("decision").asText())
                .toList();
    }

    /** The feedback entry of one attempt, with its scores. */
    static JsonNode feedbackOfAttempt(JsonNode journey, int attempt) {
        return LearningClient.items(journey.path("feedback")).stream()
                .filter(f -> f.path("attempt").asInt() == attempt)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no feedback of attempt " + attempt + " in " + journey));
    }

    /** The earner is told what to do next. */
    static void assertNextAction(JsonNode journey) {
        String next = journey.path("nextAction").asText("");
        assertFalse(next.isBlank() || next.equals("null"), "a next action: " + journey);
    }

    static String sha256Hex(byte[] bytes) {
        try {
            return JourneyIT.sha256Hex(bytes);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A small, well-formed PDF whose bytes (and so hash) differ by {@code title}. */
    static byte[] pdf(String title) {
        return JourneyClient.lessonPlanPdf(title);
    }
}
