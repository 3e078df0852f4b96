package org.microcred.assessment;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.microcred.events.EventCodec;
import org.microcred.events.EventEnvelope;
import org.microcred.events.catalogue.AchievementPublished;
import org.microcred.events.catalogue.EvidencePrompt;
import org.microcred.events.catalogue.Rubric;
import org.microcred.events.catalogue.RubricCriterion;
import org.microcred.events.catalogue.RubricLevel;
import org.microcred.events.submission.EvidenceArtifact;
import org.microcred.events.submission.SubmissionSubmitted;
import org.microcred.events.submission.WrittenAnswer;
import org.microcred.support.testing.TestKafka;
import org.microcred.support.testing.Tokens;

/**
 * Read models made the way production makes them: catalogue and submission events published to
 * the test topics, then awaited through the API.
 */
public final class AssessmentFixture {

    public static final String PREFIX = "test.";
    public static final Duration PATIENCE = Duration.ofSeconds(30);

    /** Two criteria: objectives (emerging, proficient, exemplary; needs proficient), checks (no, yes; needs yes). */
    public static final Rubric RUBRIC = new Rubric(List.of(
            new RubricCriterion("objectives", "Objectives", "Learning objectives are measurable", List.of(
                    new RubricLevel("emerging", "Emerging", null), new RubricLevel("proficient", "Proficient", null),
                    new RubricLevel("exemplary", "Exemplary", null)), "proficient"),
            new RubricCriterion("checks", "Checks for understanding", null, List.of(
                    new RubricLevel("no", "Not yet", null), new RubricLevel("yes", "Yes", null)), "yes")));

    /** A pending task whose rubric is known. */
    public record Task(UUID id, UUID achievementId, EventEnvelope<SubmissionSubmitted> submitted) {
        public SubmissionSubmitted payload() {
            return submitted.payload();
        }
    }

    private AssessmentFixture() {
    }

    public static UUID publishRubric(String tenant) {
        UUID achievementId = UUID.randomUUID();
        publishRubric(tenant, achievementId);
        return achievementId;
    }

    public static void publishRubric(String tenant, UUID achievementId) {
        AchievementPublished payload = new AchievementPublished(achievementId, 1, "Formative Assessment 日本語",
                "Designs formative checks", "Uses formative assessment", "Submit a lesson plan", "MicroCredential",
                List.of(new EvidencePrompt("plan", "Upload your lesson plan", true)), RUBRIC, Instant.now(), null, null, null, null, null, null, null, null, null, null);
        TestKafka.publish(PREFIX, achievementId.toString(),
                EventEnvelope.wrap(payload, tenant, achievementId.toString(), Instant.now(), null));
    }

    /** A submission event of {@code earner} (a demo user), as submission-service would publish it. */
    public static EventEnvelope<SubmissionSubmitted> submission(String tenant, UUID achievementId, String earner,
            Instant submittedAt) {
        SubmissionSubmitted payload = new SubmissionSubmitted(UUID.randomUUID(), UUID.randomUUID(), achievementId, 1,
                subjectOf(earner), earner + "@" + tenant + ".example", "Zoë Earner", 1,
                List.of(new WrittenAnswer("plan", "I check understanding with exit tickets.")),
                List.of(new EvidenceArtifact(UUID.randomUUID(), "plan", "lesson-plan.pdf", "application/pdf", 48213,
                        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")),
                submittedAt, enrolledBefore(submittedAt));
        return EventEnvelope.wrap(payload, tenant, payload.submissionId().toString(), Instant.now(), null);
    }

    /** An enrolment three days before the submission, to the microsecond as the database keeps it. */
    private static Instant enrolledBefore(Instant submittedAt) {
        Instant base = submittedAt != null ? submittedAt : Instant.now();
        return base.minus(Duration.ofDays(3)).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    public static void publish(EventEnvelope<SubmissionSubmitted> submitted) {
        TestKafka.publish(PREFIX, submitted.payload().enrolmentId().toString(), submitted);
    }

    /** Publishes a rubric and a submission of {@code earner}, and waits until both are known here. */
    public static Task pendingTask(String tenant, String earner, String assessor) {
        UUID achievementId = publishRubric(tenant);
        EventEnvelope<SubmissionSubmitted> submitted = submission(tenant, achievementId, earner, Instant.now());
        publish(submitted);
        UUID taskId = awaitTask(assessor, achievementId, submitted.payload().submissionId());
        await().atMost(PATIENCE).until(() -> given().auth().oauth2(Tokens.user(assessor))
                .get("/api/v1/assessments/" + taskId).then().statusCode(200).extract().path("rubric") != null);
        return new Task(taskId, achievementId, submitted);
    }

    /** Waits until the submission shows in the assessor's queue, and answers its task id. */
    public static UUID awaitTask(String assessor, UUID achievementId, UUID submissionId) {
        return await().atMost(PATIENCE).until(() -> {
            List<Map<String, Object>> queue = given().auth().oauth2(Tokens.user(assessor))
                    .queryParam("achievementId", achievementId.toString())
                    .get("/api/v1/assessments").then().statusCode(200).extract().path("$");
            return queue.stream().filter(item -> submissionId.toString().equals(item.get("submissionId")))
                    .map(item -> UUID.fromString((String) item.get("id"))).findFirst().orElse(null);
        }, id -> id != null);
    }

    public static Map<String, Object> scores(String objectivesLevel, String checksLevel) {
        return Map.of("feedback", "Clear plan; see the notes per criterion.", "scores", List.of(
                Map.of("criterionId", "objectives", "levelId", objectivesLevel, "feedback", "Objectives: " + objectivesLevel),
                Map.of("criterionId", "checks", "levelId", checksLevel, "feedback", "Checks: " + checksLevel)));
    }

    /** The {@code sub} of a demo user's token: the earner id other services put in their events. */
    public static String subjectOf(String username) {
        String payload = Tokens.user(username).split("\\.")[1];
        try {
            JsonNode claims = EventCodec.mapper().readTree(
                    new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
            return claims.get("sub").asText();
        } catch (Exception e) {
            throw new IllegalStateException("Unreadable token of " + username, e);
        }
    }
}
