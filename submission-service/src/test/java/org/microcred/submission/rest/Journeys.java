package org.microcred.submission.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.microcred.events.EventEnvelope;
import org.microcred.events.EventPayload;
import org.microcred.events.assessment.AssessmentAssigned;
import org.microcred.events.assessment.AssessmentDecided;
import org.microcred.events.assessment.Decision;
import org.microcred.events.catalogue.AchievementPublished;
import org.microcred.events.catalogue.EvidencePrompt;
import org.microcred.events.catalogue.Rubric;
import org.microcred.events.enrolment.EnrolmentCreated;
import org.microcred.events.enrolment.EnrolmentStatus;
import org.microcred.events.enrolment.EnrolmentStatusChanged;
import org.microcred.support.testing.TestKafka;
import org.microcred.support.testing.Tokens;

/**
 * Journeys set up as the other stages would: the catalogue, enrolment and assessment events
 * published to the test topics, then waited for through the API.
 */
public final class Journeys {

    public static final String PREFIX = "test.";
    /** Legacy prompts (no kind): one asks for a file and words, one only for words. */
    public static final List<EvidencePrompt> PROMPTS = List.of(
            new EvidencePrompt("plan", "Upload your lesson plan", true),
            new EvidencePrompt("reflection", "What did you change after the lesson?", false));
    /** One prompt of each kind: a written answer, 1 to 2 photos (PNG or JPEG), 1 to 3 links. */
    public static final List<EvidencePrompt> KINDS = List.of(
            new EvidencePrompt("reflection", "What did you change?", false, EvidencePrompt.WRITTEN, null, null, null),
            new EvidencePrompt("photos", "Photos of the board", true, EvidencePrompt.FILES,
                    List.of("image/png", "image/jpeg"), 1, 2),
            new EvidencePrompt("portfolio", "Links to your work", false, EvidencePrompt.LINKS, null, 1, 3));

    /** An earner's enrolment, and the {@code enrolment.created} event that announced it. */
    public record Journey(String earner, String tenant, UUID achievementId, UUID enrolmentId,
            EventEnvelope<EventPayload> enrolmentEvent) {
    }

    private Journeys() {
    }

    /** An earner enrolled (ACTIVE) in a newly published micro-credential of their institution, legacy prompts. */
    public static Journey enrolled(String earner) {
        String tenant = tenantOf(earner);
        return enrol(earner, tenant, publish(tenant, PROMPTS, null, null));
    }

    /** An earner enrolled in a newly published micro-credential with one prompt of each kind. */
    public static Journey enrolledInKinds(String earner) {
        String tenant = tenantOf(earner);
        return enrol(earner, tenant, publish(tenant, KINDS, null, null));
    }

    /** Publishes version 1 of a new micro-credential; answers its id. */
    public static UUID publish(String tenant, List<EvidencePrompt> prompts, String benchmarkKind, Integer maxAttempts) {
        UUID achievementId = UUID.randomUUID();
        TestKafka.publish(PREFIX, achievementId.toString(), envelope(achievement(achievementId, 1, prompts,
                benchmarkKind, maxAttempts), tenant, achievementId));
        return achievementId;
    }

    public static AchievementPublished achievement(UUID id, int version, List<EvidencePrompt> prompts,
            String benchmarkKind, Integer maxAttempts) {
        return new AchievementPublished(id, version, "Formative assessment", "Designs checks for understanding.",
                "Uses formative assessment.", "Submit a plan.", "MicroCredential", prompts, new Rubric(List.of()),
                Instant.now(), null, null, null, null, null, null, null, null, null, null, benchmarkKind, null, 14,
                maxAttempts, null, "online", List.of());
    }

    /** Another enrolment of the earner in an achievement already published, ACTIVE. */
    public static Journey enrol(String earner, String tenant, UUID achievementId) {
        return enrol(earner, tenant, achievementId, null);
    }

    /** An enrolment starting in {@code status} (null: an older producer's, read as ACTIVE). */
    public static Journey enrol(String earner, String tenant, UUID achievementId, EnrolmentStatus status) {
        Journey journey = announced(earner, tenant, achievementId, status);
        TestKafka.publish(PREFIX, journey.enrolmentId().toString(), journey.enrolmentEvent());
        return journey;
    }

    /** A journey whose {@code enrolment.created} is made but not yet published. */
    public static Journey announced(String earner, String tenant, UUID achievementId, EnrolmentStatus status) {
        UUID enrolmentId = UUID.randomUUID();
        EnrolmentCreated created = new EnrolmentCreated(enrolmentId, achievementId, 1, Tokens.subject(earner),
                earner + "@example.org", "Earner " + earner, Instant.now(), status == null ? null : status.name(),
                null, "earner", null);
        return new Journey(earner, tenant, achievementId, enrolmentId, envelope(created, tenant, enrolmentId));
    }

    public static EventEnvelope<EventPayload> statusChanged(Journey journey, EnrolmentStatus from, EnrolmentStatus to,
            Instant at) {
        EnrolmentStatusChanged changed = new EnrolmentStatusChanged(journey.enrolmentId(), journey.achievementId(), 1,
                Tokens.subject(journey.earner()), to, from, "test", at);
        return envelope(changed, journey.tenant(), journey.enrolmentId());
    }

    /** An {@code assessment.assigned} of the attempt to a demo user (null: released). */
    public static EventEnvelope<EventPayload> assigned(Journey journey, UUID assessmentId, UUID submissionId,
            String role, String assessor, long sequence) {
        AssessmentAssigned payload = new AssessmentAssigned(assessmentId, submissionId, journey.enrolmentId(),
                journey.achievementId(), 1, Tokens.subject(journey.earner()), 1, role,
                assessor == null ? null : Tokens.subject(assessor), sequence, Instant.now());
        return envelope(payload, journey.tenant(), journey.enrolmentId());
    }

    /** Publishes a journey event keyed by its enrolment, as every journey event is. */
    public static void publish(Journey journey, EventEnvelope<EventPayload> event) {
        TestKafka.publish(PREFIX, journey.enrolmentId().toString(), event);
    }

    /** Starts (or resumes) an attempt once the read models have caught up; answers its id. */
    public static UUID startAttempt(Journey journey) {
        Response[] answer = new Response[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            answer[0] = start(journey.earner(), journey.enrolmentId());
            return answer[0].statusCode() != 404;
        });
        return UUID.fromString(answer[0].then().statusCode(201).extract().path("id"));
    }

    public static Response start(String user, UUID enrolmentId) {
        return given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON)
                .body(Map.of("enrolmentId", enrolmentId)).post("/api/v1/submissions");
    }

    public static void answerAll(String earner, UUID submissionId) {
        given().auth().oauth2(Tokens.user(earner)).contentType(ContentType.JSON)
                .body(Map.of("answers", List.of(Map.of("promptId", "plan", "text", "Exit tickets every lesson."),
                        Map.of("promptId", "reflection", "text", "I shortened the starter."))))
                .put("/api/v1/submissions/" + submissionId + "/answers")
                .then().statusCode(200);
    }

    public static Response upload(String earner, UUID submissionId, String promptId, String fileName, byte[] bytes,
            String claimedType) {
        return given().auth().oauth2(Tokens.user(earner))
                .multiPart("file", fileName, bytes, claimedType)
                .multiPart("promptId", promptId)
                .post("/api/v1/submissions/" + submissionId + "/files");
    }

    public static Response addLink(String earner, UUID submissionId, String promptId, String url, String title) {
        Map<String, String> body = title == null ? Map.of("promptId", promptId, "url", url)
                : Map.of("promptId", promptId, "url", url, "title", title);
        return given().auth().oauth2(Tokens.user(earner)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/submissions/" + submissionId + "/links");
    }

    /** A complete attempt of the legacy prompts, submitted: answers to both prompts and the plan's file. */
    public static UUID submittedAttempt(Journey journey, byte[] planFile) {
        UUID id = startAttempt(journey);
        answerAll(journey.earner(), id);
        upload(journey.earner(), id, "plan", "plan.pdf", planFile, "application/pdf").then().statusCode(201);
        given().auth().oauth2(Tokens.user(journey.earner())).post("/api/v1/submissions/" + id + "/submit")
                .then().statusCode(200);
        return id;
    }

    public static EventEnvelope<EventPayload> decided(Journey journey, UUID submissionId, int attempt, Decision decision) {
        AssessmentDecided payload = AssessmentDecided.builder()
                .assessmentId(UUID.randomUUID()).submissionId(submissionId).enrolmentId(journey.enrolmentId())
                .achievement(journey.achievementId(), 1).earnerId(Tokens.subject(journey.earner()))
                .attempt(attempt).decision(decision).scores(List.of()).feedback("Feedback on attempt " + attempt)
                .assessorId("assessor").evidence(List.of()).decidedAt(Instant.now())
                .build();
        return envelope(payload, journey.tenant(), payload.assessmentId());
    }

    private static String tenantOf(String user) {
        return user.startsWith("sp-") ? "southport" : "northbridge";
    }

    private static EventEnvelope<EventPayload> envelope(EventPayload payload, String tenant, UUID subject) {
        return EventEnvelope.wrap(payload, tenant, subject.toString(), Instant.now(), null);
    }
}
