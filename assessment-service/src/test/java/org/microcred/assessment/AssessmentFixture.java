package org.microcred.assessment;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.microcred.events.EventEnvelope;
import org.microcred.events.catalogue.AchievementPublished;
import org.microcred.events.catalogue.EvidencePrompt;
import org.microcred.events.catalogue.ProgressRule;
import org.microcred.events.catalogue.Rubric;
import org.microcred.events.catalogue.RubricCriterion;
import org.microcred.events.catalogue.RubricLevel;
import org.microcred.events.catalogue.SecondMarking;
import org.microcred.events.submission.EvidenceArtifact;
import org.microcred.events.submission.EvidenceLink;
import org.microcred.events.submission.SubmissionSubmitted;
import org.microcred.events.submission.WrittenAnswer;
import org.microcred.support.testing.TestKafka;
import org.microcred.support.testing.Tokens;

/**
 * Read models made the way production makes them: catalogue and submission events published to
 * the test topics, then awaited through the API; and the calls assessors make.
 */
public final class AssessmentFixture {

    public static final String PREFIX = "test.";
    public static final Duration PATIENCE = Duration.ofSeconds(30);
    public static final String NAME = "Formative Assessment 日本語";

    /** Two criteria: objectives (emerging, proficient, exemplary; needs proficient), checks (no, yes; needs yes). */
    public static final Rubric RUBRIC = new Rubric(List.of(
            new RubricCriterion("objectives", "Objectives", "Learning objectives are measurable", List.of(
                    new RubricLevel("emerging", "Emerging", null), new RubricLevel("proficient", "Proficient", null),
                    new RubricLevel("exemplary", "Exemplary", null)), "proficient"),
            new RubricCriterion("checks", "Checks for understanding", null, List.of(
                    new RubricLevel("no", "Not yet", null), new RubricLevel("yes", "Yes", null)), "yes")));

    /** The same rubric with points (1, 2, 4 and 0, 3) and weights 2 and 1: at most 2*4 + 1*3 = 11. */
    public static final Rubric POINTS_RUBRIC = new Rubric(List.of(
            new RubricCriterion("objectives", "Objectives", null, List.of(
                    new RubricLevel("emerging", "Emerging", null, 1), new RubricLevel("proficient", "Proficient", null, 2),
                    new RubricLevel("exemplary", "Exemplary", null, 4)), "proficient", new BigDecimal("2")),
            new RubricCriterion("checks", "Checks for understanding", null, List.of(
                    new RubricLevel("no", "Not yet", null, 0), new RubricLevel("yes", "Yes", null, 3)), "yes", null)));

    /** What a published version says about assessment; null fields take the catalogue's defaults. */
    public record Definition(String benchmarkKind, Rubric rubric, ProgressRule progressRule, Integer feedbackTargetDays,
            Integer maxAttempts, SecondMarking secondMarking) {

        public static Definition performance() {
            return new Definition(null, RUBRIC, null, null, null, null);
        }

        public static Definition progress(ProgressRule rule) {
            return new Definition("progress", null, rule, null, null, null);
        }

        public Definition rubric(Rubric r) {
            return new Definition(benchmarkKind, r, progressRule, feedbackTargetDays, maxAttempts, secondMarking);
        }

        public Definition feedbackTargetDays(int days) {
            return new Definition(benchmarkKind, rubric, progressRule, days, maxAttempts, secondMarking);
        }

        public Definition maxAttempts(int max) {
            return new Definition(benchmarkKind, rubric, progressRule, feedbackTargetDays, max, secondMarking);
        }

        public Definition secondMarking(String mode, Integer percent) {
            return new Definition(benchmarkKind, rubric, progressRule, feedbackTargetDays, maxAttempts,
                    new SecondMarking(mode, percent));
        }
    }

    /** A task whose version is known. */
    public record Task(UUID id, UUID achievementId, EventEnvelope<SubmissionSubmitted> submitted) {
        public SubmissionSubmitted payload() {
            return submitted.payload();
        }

        public String key() {
            return submitted.payload().enrolmentId().toString();
        }
    }

    private AssessmentFixture() {
    }

    public static UUID publishRubric(String tenant) {
        return publish(tenant, Definition.performance());
    }

    public static void publishRubric(String tenant, UUID achievementId) {
        publish(tenant, achievementId, Definition.performance());
    }

    public static UUID publish(String tenant, Definition definition) {
        UUID achievementId = UUID.randomUUID();
        publish(tenant, achievementId, definition);
        return achievementId;
    }

    /** Publishes the version's catalogue event; answers it, so a test can deliver it again. */
    public static EventEnvelope<AchievementPublished> publish(String tenant, UUID achievementId, Definition d) {
        AchievementPublished payload = new AchievementPublished(achievementId, 1, NAME,
                "Designs formative checks", "Uses formative assessment", "Submit a lesson plan", "MicroCredential",
                d.rubric() == null ? List.of() : List.of(new EvidencePrompt("plan", "Upload your lesson plan", true)),
                d.rubric(), Instant.now(), null, null, null, null, null, null, null, null, null, null,
                d.benchmarkKind(), d.progressRule(), d.feedbackTargetDays(), d.maxAttempts(), d.secondMarking(),
                "online", null);
        EventEnvelope<AchievementPublished> event = EventEnvelope.wrap(payload, tenant, achievementId.toString(),
                Instant.now(), null);
        TestKafka.publish(PREFIX, achievementId.toString(), event);
        return event;
    }

    /** A submission event of {@code earner} (a demo user), as submission-service would publish it. */
    public static EventEnvelope<SubmissionSubmitted> submission(String tenant, UUID achievementId, String earner,
            Instant submittedAt) {
        return submission(tenant, achievementId, earner, submittedAt, UUID.randomUUID(), 1);
    }

    public static EventEnvelope<SubmissionSubmitted> submission(String tenant, UUID achievementId, String earner,
            Instant submittedAt, UUID enrolmentId, int attempt) {
        SubmissionSubmitted payload = new SubmissionSubmitted(UUID.randomUUID(), enrolmentId, achievementId, 1,
                Tokens.subject(earner), earner + "@" + tenant + ".example", "Zoë Earner", attempt,
                List.of(new WrittenAnswer("plan", "I check understanding with exit tickets.")),
                List.of(new EvidenceArtifact(UUID.randomUUID(), "plan", "lesson-plan.pdf", "application/pdf", 48213,
                        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")),
                submittedAt, enrolledBefore(submittedAt),
                List.of(new EvidenceLink("plan", "https://video.example/lesson", "Lesson recording")));
        return EventEnvelope.wrap(payload, tenant, payload.submissionId().toString(), Instant.now(), null);
    }

    /** An enrolment three days before the submission, to the microsecond as the database keeps it. */
    private static Instant enrolledBefore(Instant submittedAt) {
        Instant base = submittedAt != null ? submittedAt : Instant.now();
        return base.minus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MICROS);
    }

    public static void publish(EventEnvelope<SubmissionSubmitted> submitted) {
        TestKafka.publish(PREFIX, submitted.payload().enrolmentId().toString(), submitted);
    }

    /** Publishes a rubric and a submission of {@code earner}, and waits until both are known here. */
    public static Task pendingTask(String tenant, String earner, String assessor) {
        return pendingTask(tenant, earner, assessor, Definition.performance());
    }

    public static Task pendingTask(String tenant, String earner, String assessor, Definition definition) {
        UUID achievementId = publish(tenant, definition);
        return submitted(tenant, achievementId, earner, assessor, UUID.randomUUID(), 1);
    }

    /** Publishes attempt {@code attempt} of an enrolment in a known version; waits for its task. */
    public static Task submitted(String tenant, UUID achievementId, String earner, String assessor, UUID enrolmentId,
            int attempt) {
        EventEnvelope<SubmissionSubmitted> submitted = submission(tenant, achievementId, earner,
                Instant.now().truncatedTo(ChronoUnit.MICROS), enrolmentId, attempt);
        publish(submitted);
        UUID taskId = awaitTask(assessor, achievementId, submitted.payload().submissionId());
        await().atMost(PATIENCE).until(() -> get(assessor, taskId).statusCode(200).extract().path("rubric") != null);
        return new Task(taskId, achievementId, submitted);
    }

    /** A pending task claimed by {@code assessor}. */
    public static Task claimedTask(String tenant, String earner, String assessor, Definition definition) {
        Task task = pendingTask(tenant, earner, assessor, definition);
        claim(assessor, task.id()).statusCode(200);
        return task;
    }

    public static Task claimedTask(String tenant, String earner, String assessor) {
        return claimedTask(tenant, earner, assessor, Definition.performance());
    }

    /** Waits until the submission shows in the assessor's queue (any status), and answers its task id. */
    public static UUID awaitTask(String assessor, UUID achievementId, UUID submissionId) {
        return await().atMost(PATIENCE).until(() -> {
            List<String> ids = given().auth().oauth2(Tokens.user(assessor))
                    .queryParam("achievementId", achievementId.toString())
                    .queryParam("submissionId", submissionId.toString())
                    .get("/api/v1/assessments").then().statusCode(200).extract().path("items.id");
            if (!ids.isEmpty()) {
                return UUID.fromString(ids.get(0));
            }
            List<String> withdrawn = given().auth().oauth2(Tokens.user(assessor))
                    .queryParam("submissionId", submissionId.toString()).queryParam("status", "WITHDRAWN")
                    .get("/api/v1/assessments").then().statusCode(200).extract().path("items.id");
            return withdrawn.stream().findFirst().map(UUID::fromString).orElse(null);
        }, id -> id != null);
    }

    public static ValidatableResponse get(String user, UUID taskId) {
        return given().auth().oauth2(Tokens.user(user)).get("/api/v1/assessments/" + taskId).then();
    }

    public static ValidatableResponse claim(String user, UUID taskId) {
        return given().auth().oauth2(Tokens.user(user)).post("/api/v1/assessments/" + taskId + "/claim").then();
    }

    public static ValidatableResponse release(String user, UUID taskId) {
        return given().auth().oauth2(Tokens.user(user)).post("/api/v1/assessments/" + taskId + "/release").then();
    }

    public static ValidatableResponse assign(String user, UUID taskId, String assessorId) {
        return given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON)
                .body(Map.of("assessorId", assessorId))
                .post("/api/v1/assessments/" + taskId + "/assign").then();
    }

    public static ValidatableResponse decide(String user, UUID taskId, Map<String, Object> body) {
        return given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/assessments/" + taskId + "/decision").then();
    }

    public static Map<String, Object> scores(String objectivesLevel, String checksLevel) {
        return Map.of("feedback", "Clear plan; see the notes per criterion.", "scores", List.of(
                Map.of("criterionId", "objectives", "levelId", objectivesLevel, "feedback", "Objectives: " + objectivesLevel),
                Map.of("criterionId", "checks", "levelId", checksLevel, "feedback", "Checks: " + checksLevel)));
    }
}
