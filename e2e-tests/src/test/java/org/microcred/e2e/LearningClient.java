package org.microcred.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.microcred.e2e.Http.Reply;

/**
 * The learning side of issue 4 over the public API, each call answering the raw reply so a test can
 * check refusals as closely as successes: drafts, evidence by prompt kind, the assessor's queue,
 * claims and decisions, withdrawal, and the dashboard.
 */
final class LearningClient {

    private final JourneyClient journeys;
    private final Http http;
    private final Endpoints at;

    LearningClient(JourneyClient journeys) {
        this.journeys = journeys;
        this.http = journeys.http();
        this.at = journeys.endpoints();
    }

    private String token(String user) {
        return journeys.token(user);
    }

    // Submission-service.

    Reply draft(String earner, String enrolmentId) {
        return http.get(at.submission() + "/api/v1/submissions/draft?enrolmentId=" + enrolmentId, token(earner));
    }

    Reply submission(String user, String submissionId) {
        return http.get(at.submission() + "/api/v1/submissions/" + submissionId, token(user));
    }

    Reply attempts(String earner, String enrolmentId) {
        return http.get(at.submission() + "/api/v1/submissions?enrolmentId=" + enrolmentId, token(earner));
    }

    Reply answer(String earner, String submissionId, String promptId, String text) {
        return http.put(at.submission() + "/api/v1/submissions/" + submissionId + "/answers", token(earner),
                Map.of("answers", List.of(Map.of("promptId", promptId, "text", text))));
    }

    Reply upload(String earner, String submissionId, String promptId, String fileName, String mediaType,
            byte[] content) {
        return http.upload(at.submission() + "/api/v1/submissions/" + submissionId + "/files", token(earner),
                fileName, mediaType, content, "promptId", promptId);
    }

    Reply addLink(String earner, String submissionId, String promptId, String url, String title) {
        return http.post(at.submission() + "/api/v1/submissions/" + submissionId + "/links", token(earner),
                Map.of("promptId", promptId, "url", url, "title", title));
    }

    Reply submit(String earner, String submissionId) {
        return http.post(at.submission() + "/api/v1/submissions/" + submissionId + "/submit", token(earner), Map.of());
    }

    /**
     * Fills every prompt of a {@link Definitions#performance} draft (written answer, one PDF, one
     * link); answers the uploaded file's artifact.
     */
    JsonNode completeEvidence(String earner, String submissionId, String answer, byte[] pdf, String link) {
        answer(earner, submissionId, Definitions.WRITTEN_PROMPT, answer).expect(200, 204);
        JsonNode file = upload(earner, submissionId, Definitions.FILES_PROMPT, "lesson-plan.pdf", "application/pdf",
                pdf).expect(201).json();
        addLink(earner, submissionId, Definitions.LINKS_PROMPT, link, "Recording of the lesson").expect(201);
        return file;
    }

    /** The items of a list answer, whether paged ({@code {items:[...]}}) or a plain array. */
    static List<JsonNode> items(JsonNode list) {
        return JourneyClient.items(list).toList();
    }

    // Assessment-service.

    /** The queue entry of a submission's task once the submission event has reached assessment-service. */
    JsonNode awaitQueued(String assessor, String achievementId, String submissionId) {
        return Poll.until("submission " + submissionId + " in the queue", JourneyClient.HOP, () -> items(
                        http.get(at.assessment() + "/api/v1/assessments?achievementId=" + achievementId
                                + "&status=PENDING&limit=100", token(assessor)).expect(200).json()).stream()
                .filter(task -> submissionId.equals(task.path("submissionId").asText()))
                .findFirst());
    }

    Reply task(String user, String assessmentId) {
        return http.get(at.assessment() + "/api/v1/assessments/" + assessmentId, token(user));
    }

    Reply claim(String assessor, String assessmentId) {
        return http.post(at.assessment() + "/api/v1/assessments/" + assessmentId + "/claim", token(assessor), Map.of());
    }

    /**
     * A decision as the assessor sends it; asks again while assessment-service has not yet received
     * the rubric (a 409 that only time resolves).
     */
    Reply decide(String assessor, String assessmentId, List<Map<String, Object>> scores, String feedback) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("scores", scores);
        body.put("feedback", feedback);
        return Poll.until("the rubric in assessment-service", JourneyClient.HOP, () -> {
            Reply reply = http.post(at.assessment() + "/api/v1/assessments/" + assessmentId + "/decision",
                    token(assessor), body);
            return reply.status() == 409 && reply.text().contains("rubric-not-yet-known")
                    ? Optional.empty() : Optional.of(reply);
        });
    }

    Reply feedback(String earner, String enrolmentId) {
        return http.get(at.assessment() + "/api/v1/assessments/feedback?enrolmentId=" + enrolmentId, token(earner));
    }

    // Enrolment-service.

    Reply enrol(String earner, Map<String, Object> body) {
        return http.post(at.enrolment() + "/api/v1/enrolments", token(earner), body);
    }

    Reply withdraw(String earner, String enrolmentId, String reason) {
        return http.post(at.enrolment() + "/api/v1/enrolments/" + enrolmentId + "/withdraw", token(earner),
                Map.of("reason", reason));
    }

    Reply enrolments(String earner) {
        return http.get(at.enrolment() + "/api/v1/enrolments?limit=100", token(earner));
    }

    /** The whole dashboard: {@code {journeys:[...], pathways:[...]}}. */
    JsonNode dashboard(String earner) {
        return http.get(at.enrolment() + "/api/v1/dashboard?limit=100", token(earner)).expect(200).json();
    }

    Stream<JsonNode> journeysFor(String earner, String achievementId) {
        return items(dashboard(earner).path("journeys")).stream()
                .filter(j -> achievementId.equals(j.path("achievementId").asText()));
    }

    /** Waits until the journey on the dashboard satisfies {@code expected}; answers it. */
    JsonNode awaitJourney(String earner, String enrolmentId, String what, Predicate<JsonNode> expected) {
        return Poll.until(what + " on the dashboard of " + earner, JourneyClient.HOP, () -> {
            Reply reply = http.get(at.enrolment() + "/api/v1/dashboard/" + enrolmentId, token(earner));
            return reply.status() == 200 && expected.test(reply.json()) ? Optional.of(reply.json()) : Optional.empty();
        });
    }

    /** Waits until the dashboard's progress toward a pathway satisfies {@code expected}; answers it. */
    JsonNode awaitPathway(String earner, String pathwayId, String what, Predicate<JsonNode> expected) {
        return Poll.until(what + " on the dashboard of " + earner, JourneyClient.HOP, () -> items(
                        dashboard(earner).path("pathways")).stream()
                .filter(p -> pathwayId.equals(p.path("pathwayId").asText()) && expected.test(p))
                .findFirst());
    }
}
