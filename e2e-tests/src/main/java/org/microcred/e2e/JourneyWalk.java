package org.microcred.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One earner's whole journey, from enrolment to a shared credential, timed stage by stage. The
 * demo prints it, the load driver measures many at once, the end-to-end test checks it.
 */
public final class JourneyWalk {

    /** Told of each stage as it ends. */
    public interface Listener {
        void stageDone(String stage, long nanos, String detail);
    }

    /** The ids the journey produced and how long each stage took (in the order they ran). */
    public record Result(String enrolmentId, String submissionId, String assessmentId, String credentialId,
            String shareUrl, Map<String, Long> stageNanos, long totalNanos) {
    }

    public static final String ENROL = "enrol";
    public static final String ENROLMENT_TO_SUBMISSION = "enrolment-event-to-submission-service";
    public static final String SUBMIT = "submit-evidence";
    public static final String SUBMISSION_TO_ASSESSMENT = "submission-event-to-assessment-queue";
    public static final String CLAIM = "assessor-claims";
    public static final String DECIDE = "assessor-decides";
    public static final String DECISION_TO_WALLET = "decision-to-credential-in-wallet";
    public static final String SHARE = "share";

    private final JourneyClient client;
    private final Listener listener;
    private final Map<String, Long> stageNanos = new LinkedHashMap<>();

    public JourneyWalk(JourneyClient client, Listener listener) {
        this.client = client;
        this.listener = listener;
    }

    public Result walk(String earner, String assessor, String achievementId) {
        long start = System.nanoTime();
        String enrolmentId = timed(ENROL, () -> client.enrol(earner, achievementId), id -> "enrolment " + id);
        String submissionId = timed(ENROLMENT_TO_SUBMISSION, () -> client.openDraft(earner, enrolmentId),
                id -> "draft submission " + id);
        JsonNode receipt = timed(SUBMIT, () -> client.submitEvidence(earner, submissionId,
                "I check understanding with exit tickets and adjust the next lesson — Zoë",
                JourneyClient.lessonPlanPdf("Lesson plan " + enrolmentId)),
                r -> "receipt: attempt " + r.path("attempt").asText() + " at " + r.path("submittedAt").asText()
                        + ", file SHA-256 " + fileHash(r));
        String assessmentId = timed(SUBMISSION_TO_ASSESSMENT,
                () -> client.awaitAssessmentTask(assessor, achievementId, submissionId), id -> "assessment task " + id);
        timed(CLAIM, () -> client.claim(assessor, assessmentId), task -> "claimed by " + assessor);
        String decision = timed(DECIDE, () -> client.decide(assessor, assessmentId, "proficient",
                "Clear, measurable objectives and well-placed checks."), d -> "decision " + d);
        if (!"AWARD".equals(decision)) {
            throw new IllegalStateException("Expected an award, got " + decision + " (receipt " + receipt + ")");
        }
        JsonNode entry = timed(DECISION_TO_WALLET, () -> client.awaitCredentialInWallet(earner, enrolmentId),
                e -> "credential " + e.path("id").asText() + " in the wallet");
        String credentialId = entry.path("id").asText();
        String shareUrl = timed(SHARE, () -> client.share(earner, credentialId), url -> "share link " + url);
        return new Result(enrolmentId, submissionId, assessmentId, credentialId, shareUrl,
                java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stageNanos)),
                System.nanoTime() - start);
    }

    /** The receipt names its files ({@code files}; {@code artifacts} before issue 4). */
    private static String fileHash(JsonNode receipt) {
        JsonNode files = receipt.has("files") ? receipt.path("files") : receipt.path("artifacts");
        return files.path(0).path("sha256").asText();
    }

    private <T> T timed(String stage, Supplier<T> step, java.util.function.Function<T, String> describe) {
        long start = System.nanoTime();
        T value = step.get();
        long nanos = System.nanoTime() - start;
        stageNanos.put(stage, nanos);
        listener.stageDone(stage, nanos, describe.apply(value));
        return value;
    }
}
