package org.microcred.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * One whole journey walked as a patient person would while servers fail under it: the issuer-admin publishes a
 * micro-credential, the earner enrols, submits evidence, an assessor claims and awards, and the earner waits for the
 * credential in the wallet. A step that fails (an error answer, a refused connection, a wait that timed out) is
 * tried again after a pause until the journey's patience runs out. Steps that may have been done by a try whose
 * answer was lost are checked first, or are idempotent on the server (enrolling again answers the enrolment, opening
 * a draft again answers the draft, claiming a task one holds again answers it).
 */
final class PatientJourney {

    /** How a journey ended: its enrolment and credential, or the step it gave up on and why. */
    record Outcome(String earner, String enrolmentId, String credentialId, int retries, String failure) {
        boolean completed() {
            return failure == null;
        }
    }

    private static final Duration PAUSE = Duration.ofSeconds(1);

    private final Supplier<JourneyClient> clients;
    private final Duration patience;
    private final AtomicInteger retries = new AtomicInteger();
    private long deadline;

    /** {@code clients}: the client to use now (the test swaps it for one with fresh tokens before Keycloak stops). */
    PatientJourney(Supplier<JourneyClient> clients, Duration patience) {
        this.clients = clients;
        this.patience = patience;
    }

    Outcome walk(String admin, String earner, String assessor, String name) {
        deadline = System.nanoTime() + patience.toNanos();
        String enrolmentId = null;
        try {
            String achievementId = step("publish", () -> client().publishAchievement(admin, name));
            String enrolment = step("enrol", () -> client().enrol(earner, achievementId));
            enrolmentId = enrolment;
            String submissionId = step("open a draft", () -> client().openDraft(earner, enrolment));
            step("submit", () -> submitUnlessSubmitted(earner, submissionId, enrolment));
            String assessmentId = step("find the task", () -> findTask(assessor, achievementId, submissionId));
            step("claim", () -> claimUnlessDecided(assessor, assessmentId));
            step("decide", () -> decideUnlessDecided(assessor, assessmentId));
            String credentialId = step("credential in the wallet",
                    () -> client().awaitCredentialInWallet(earner, enrolment).path("id").asText());
            return new Outcome(earner, enrolmentId, credentialId, retries.get(), null);
        } catch (GaveUp e) {
            return new Outcome(earner, enrolmentId, null, retries.get(), e.getMessage());
        }
    }

    private JourneyClient client() {
        return clients.get();
    }

    private Void submitUnlessSubmitted(String earner, String submissionId, String enrolmentId) {
        JsonNode draft = client().http().get(client().endpoints().submission() + "/api/v1/submissions/" + submissionId,
                client().token(earner)).expect(200).json();
        if (!"DRAFT".equals(draft.path("status").asText())) {
            return null; // an earlier try submitted it, and only its answer was lost
        }
        if (draft.path("artifacts").isEmpty()) {
            client().submitEvidence(earner, submissionId, "Exit tickets shape the next lesson",
                    JourneyClient.lessonPlanPdf("Lesson plan " + enrolmentId));
            return null;
        }
        // The file arrived in an earlier try: answer and submit only.
        String token = client().token(earner);
        String base = client().endpoints().submission() + "/api/v1/submissions/" + submissionId;
        client().http().put(base + "/answers", token, Map.of("answers",
                List.of(Map.of("promptId", "plan", "text", "Exit tickets shape the next lesson")))).expect(200, 204);
        Http.Reply submitted = client().http().post(base + "/submit", token, Map.of());
        if (submitted.status() == 409 && submitted.text().contains("not-a-draft")) {
            return null;
        }
        submitted.expect(200);
        return null;
    }

    /** The task of the submission in any state: a claim whose answer was lost leaves it no longer PENDING. */
    private String findTask(String assessor, String achievementId, String submissionId) {
        return Poll.until("submission " + submissionId + " in the assessment queue", JourneyClient.HOP,
                Duration.ofMillis(250), () -> {
                    JsonNode tasks = client().http().get(client().endpoints().assessment()
                            + "/api/v1/assessments?achievementId=" + achievementId + "&submissionId=" + submissionId
                            + "&limit=100", client().token(assessor)).expect(200).json();
                    return JourneyClient.items(tasks).map(task -> task.path("id").asText()).findFirst();
                });
    }

    private Void claimUnlessDecided(String assessor, String assessmentId) {
        Http.Reply claimed = client().http().post(client().endpoints().assessment() + "/api/v1/assessments/"
                + assessmentId + "/claim", client().token(assessor), Map.of());
        if (claimed.status() == 409 && claimed.text().contains("already-decided")) {
            return null;
        }
        claimed.expect(200);
        return null;
    }

    private Void decideUnlessDecided(String assessor, String assessmentId) {
        try {
            String decision = client().decide(assessor, assessmentId, "proficient", "Well-placed checks.");
            if (!"AWARD".equals(decision)) {
                throw new GaveUp("decide: expected an award, got " + decision);
            }
        } catch (IllegalStateException e) {
            if (!String.valueOf(e.getMessage()).contains("already-decided")) {
                throw e;
            }
        }
        return null;
    }

    /** Runs a step until it succeeds or the journey's patience is spent. */
    private <T> T step(String name, Supplier<T> action) {
        while (true) {
            try {
                return action.get();
            } catch (GaveUp e) {
                throw e;
            } catch (RuntimeException e) {
                if (System.nanoTime() > deadline) {
                    throw new GaveUp(name + ": " + e);
                }
                retries.incrementAndGet();
                sleep(PAUSE);
            }
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GaveUp("interrupted");
        }
    }

    /** The journey's patience ran out, or its outcome can never be right (a decision other than an award). */
    static final class GaveUp extends RuntimeException {
        GaveUp(String message) {
            super(message);
        }
    }
}
