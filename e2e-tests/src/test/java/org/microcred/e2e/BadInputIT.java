package org.microcred.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.microcred.e2e.Definitions.FILES_PROMPT;
import static org.microcred.e2e.Definitions.LINKS_PROMPT;
import static org.microcred.e2e.Definitions.TERMS_VERSION;
import static org.microcred.e2e.Definitions.WRITTEN_PROMPT;
import static org.microcred.e2e.Definitions.score;
import static org.microcred.e2e.Journeys.atStage;
import static org.microcred.e2e.Journeys.pdf;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.microcred.events.Topics;
import org.microcred.events.assessment.AssessmentDecided;
import org.microcred.events.submission.SubmissionSubmitted;

/**
 * Bad input gets a clear 4xx and leaves no partial state: the draft, the files on disk, the task,
 * the enrolments and the dashboard are as they were before the refused request.
 */
class BadInputIT {

    private static final String EARNER = "nb-earner";
    private static final String ASSESSOR = "nb-assessor";
    private static final String ADMIN = "nb-admin";
    private static final int MAX_FILE_BYTES = 10 * 1024 * 1024;

    private final RunningSystem system = RunningSystem.get();
    private final JourneyClient client = system.client;
    private final LearningClient learning = new LearningClient(client);
    private final KafkaProbe kafka = new KafkaProbe();

    @Test
    void oversizedExecutableAndTraversingUploadsAreRefusedAndLeaveTheDraftAndTheDiskAsTheyWere() throws IOException {
        Draft draft = openDraft("Uploads");
        learning.upload(EARNER, draft.id, FILES_PROMPT, "plan.pdf", "application/pdf", pdf("a real plan")).expect(201);
        JsonNode before = artifacts(draft.id);
        long filesBefore = storedFiles();

        byte[] huge = new byte[MAX_FILE_BYTES + 1];
        System.arraycopy(pdf("huge"), 0, huge, 0, pdf("huge").length);
        assertProblem(413, learning.upload(EARNER, draft.id, FILES_PROMPT, "huge.pdf", "application/pdf", huge));
        Http.Reply exe = learning.upload(EARNER, draft.id, FILES_PROMPT, "lesson-plan.pdf", "application/pdf",
                windowsExecutable());
        assertProblem(415, exe);
        String detail = exe.text().toLowerCase();
        assertTrue(detail.contains("msdownload") || detail.contains("dosexec") || detail.contains("executable"),
                "judged by content, and the detected type is named: " + exe.text());
        assertProblem(415, learning.upload(EARNER, draft.id, FILES_PROMPT, "photo.pdf", "application/pdf", png()));
        assertEquals(before, artifacts(draft.id), "no refused file was added");
        assertEquals(filesBefore, storedFiles(), "no refused file was left on disk");

        String escape = "e2e-escape-" + UUID.randomUUID() + ".pdf";
        for (String name : List.of("../../../" + escape, "..\\..\\..\\" + escape, "../../etc/passwd")) {
            Http.Reply traversal = learning.upload(EARNER, draft.id, FILES_PROMPT, name, "application/pdf",
                    pdf("traversal"));
            assertTrue(traversal.status() == 400 || traversal.status() == 201, name + ": " + traversal.text());
            if (traversal.status() == 201) {
                String stored = traversal.json().path("fileName").asText();
                assertFalse(stored.contains("/") || stored.contains("\\"), "a display name only: " + stored);
                client.http().delete(client.endpoints().submission() + "/api/v1/submissions/" + draft.id + "/files/"
                        + traversal.json().path("id").asText(), client.token(EARNER)).expect(204, 200);
            }
        }
        Path repo = system.storageDir.getParent().getParent().getParent();
        for (Path outside : List.of(repo.resolve(escape), repo.resolve("e2e-tests").resolve(escape),
                system.storageDir.getParent().resolve(escape))) {
            assertFalse(Files.exists(outside), "nothing was written outside the store: " + outside);
        }
        assertEquals(before, artifacts(draft.id), "the draft holds its one plan");
        assertEquals("ENROLLED", client.dashboard(EARNER, draft.enrolmentId).path("stage").asText());
    }

    @Test
    void emptyAndHugeAnswersAreRefusedAndTheSavedAnswerStays() {
        Draft draft = openDraft("Answers");
        learning.answer(EARNER, draft.id, WRITTEN_PROMPT, "My saved reflection.").expect(200, 204);

        assertProblem(400, learning.answer(EARNER, draft.id, WRITTEN_PROMPT, ""));
        assertProblem(400, learning.answer(EARNER, draft.id, WRITTEN_PROMPT, "   \n\t "));
        assertProblem(400, learning.answer(EARNER, draft.id, WRITTEN_PROMPT, "x".repeat(20_001)));
        assertTrue(learning.draft(EARNER, draft.enrolmentId).expect(200).json().path("answers").toString()
                .contains("My saved reflection."), "the saved answer stays");

        learning.answer(EARNER, draft.id, WRITTEN_PROMPT, "y".repeat(20_000)).expect(200, 204);
        assertTrue(learning.draft(EARNER, draft.enrolmentId).expect(200).json().path("answers").toString()
                .contains("y".repeat(20_000)), "20,000 characters is the limit, not beyond it");
    }

    @Test
    void scoresOutsideTheRubricAndAnotherInstitutionsDecisionAreRefusedAndTheTaskStaysOpen() {
        Draft draft = openDraft("Scores");
        learning.completeEvidence(EARNER, draft.id, "Reflection.", pdf("Scores " + draft.id), "https://example.org/v");
        learning.submit(EARNER, draft.id).expect(200);
        String task = learning.awaitQueued(ASSESSOR, draft.achievementId, draft.id).path("id").asText();
        learning.claim(ASSESSOR, task).expect(200);
        learning.awaitJourney(EARNER, draft.enrolmentId, "IN_REVIEW", atStage("IN_REVIEW"));

        assertProblem(422, learning.decide(ASSESSOR, task, List.of(score("objectives", "proficient", "ok"),
                score("checks", "legendary", "not a level of this rubric")), "Unknown level."));
        assertProblem(422, learning.decide(ASSESSOR, task, List.of(score("objectives", "proficient", "ok"),
                score("checks", "proficient", "ok"), score("charisma", "proficient", "not a criterion")), "Extra."));
        assertProblem(404, learning.decide("sp-assessor", task, List.of(score("objectives", "proficient", "ok"),
                score("checks", "proficient", "ok")), "From another institution."));

        JsonNode open = learning.task(ASSESSOR, task).expect(200).json();
        assertEquals("IN_REVIEW", open.path("status").asText(), "the task is still to be judged: " + open);
        assertTrue(open.path("decision").isNull() || open.path("decision").isMissingNode(), open.toString());
        assertEquals("IN_REVIEW", client.dashboard(EARNER, draft.enrolmentId).path("stage").asText());

        learning.decide(ASSESSOR, task, List.of(score("objectives", "proficient", "ok"),
                score("checks", "proficient", "ok")), "Met.").expect(200);
        learning.awaitJourney(EARNER, draft.enrolmentId, "AWARDED", atStage("AWARDED", "ISSUED"));
        assertEquals(1, kafka.payloads(system.topicPrefix + Topics.ASSESSMENT, "assessment.decided",
                AssessmentDecided.class, draft.enrolmentId).size(), "only the valid decision was published");
    }

    @Test
    void afterWithdrawalNothingMoreCanBeSubmittedAndNothingWas() {
        Draft draft = openDraft("Withdrawal");
        learning.completeEvidence(EARNER, draft.id, "Reflection.", pdf("Withdrawn " + draft.id), "https://example.org/w");
        learning.withdraw(EARNER, draft.enrolmentId, "Changed jobs").expect(200);
        learning.awaitJourney(EARNER, draft.enrolmentId, "WITHDRAWN", atStage("WITHDRAWN"));
        kafka.awaitConsumedByService(system.topicPrefix + "submission-service", system.topicPrefix + Topics.ENROLMENT, JourneyClient.HOP);
        JsonNode before = artifacts(draft.id);

        Http.Reply submit = learning.submit(EARNER, draft.id);
        assertProblem(409, submit);
        assertTrue(submit.text().contains("WITHDRAWN"), "the problem names the status: " + submit.text());
        assertProblem(409, learning.upload(EARNER, draft.id, FILES_PROMPT, "late.pdf", "application/pdf", pdf("late")));
        assertProblem(409, learning.addLink(EARNER, draft.id, LINKS_PROMPT, "https://example.org/late", "Late"));

        JsonNode after = learning.submission(EARNER, draft.id).expect(200).json();
        assertFalse("SUBMITTED".equals(after.path("status").asText()), "not submitted: " + after);
        assertEquals(before, artifacts(draft.id), "the evidence is kept as it was");
        assertTrue(kafka.payloads(system.topicPrefix + Topics.SUBMISSION, "submission.submitted",
                SubmissionSubmitted.class, draft.enrolmentId).isEmpty(), "no submission event");
        assertEquals("WITHDRAWN", client.dashboard(EARNER, draft.enrolmentId).path("stage").asText());
    }

    @Test
    void enrollingWithoutAcceptingTheCurrentCommitmentIsRefusedAndEnrolsNobody() {
        String achievementId = client.publishAchievement(ADMIN, Definitions.performance("Commitment " + UUID.randomUUID()));

        assertProblem(422, learning.enrol(EARNER, Map.of("achievementId", achievementId, "acceptCommitment", false,
                "termsVersion", TERMS_VERSION)));
        assertProblem(422, learning.enrol(EARNER, Map.of("achievementId", achievementId, "termsVersion", TERMS_VERSION)));
        Map<String, Object> outdated = new HashMap<>(Map.of("achievementId", achievementId, "acceptCommitment", true,
                "termsVersion", "2019-01"));
        Http.Reply stale = learning.enrol(EARNER, outdated);
        assertProblem(422, stale);
        assertTrue(stale.text().contains(TERMS_VERSION), "the problem names the current terms: " + stale.text());

        assertTrue(LearningClient.items(learning.enrolments(EARNER).expect(200).json()).stream()
                .noneMatch(e -> achievementId.equals(e.path("achievementId").asText())), "no enrolment");
        assertEquals(0, learning.journeysFor(EARNER, achievementId).count(), "no journey on the dashboard");
        outdated.put("termsVersion", TERMS_VERSION);
        learning.enrol(EARNER, outdated).expect(201);
    }

    private record Draft(String achievementId, String enrolmentId, String id) {
    }

    private Draft openDraft(String label) {
        String achievementId = client.publishAchievement(ADMIN, Definitions.performance(label + " " + UUID.randomUUID()));
        String enrolmentId = client.enrol(EARNER, achievementId);
        return new Draft(achievementId, enrolmentId, client.openDraft(EARNER, enrolmentId));
    }

    /** The draft's files as the earner sees them (ids and hashes). */
    private JsonNode artifacts(String submissionId) {
        JsonNode submission = learning.submission(EARNER, submissionId).expect(200).json();
        return submission.has("files") ? submission.get("files") : submission.path("artifacts");
    }

    private long storedFiles() throws IOException {
        if (!Files.isDirectory(system.storageDir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(system.storageDir)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    /** A refusal with the status, answered as an RFC 9457 problem. */
    private static void assertProblem(int status, Http.Reply reply) {
        assertEquals(status, reply.status(), reply.text());
        assertEquals(status, reply.json().path("status").asInt(), "a problem document: " + reply.text());
    }

    /** The start of a Windows executable: a DOS header pointing at a PE header. */
    private static byte[] windowsExecutable() {
        byte[] exe = new byte[1024];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3C] = (byte) 0x80;
        exe[0x80] = 'P';
        exe[0x81] = 'E';
        exe[0x84] = 0x4C;
        exe[0x85] = 0x01;
        return exe;
    }

    /** A PNG signature and header: allowed somewhere, but not by a prompt that asks for PDFs. */
    private static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R',
            0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, (byte) 0xC4, (byte) 0x89};
    }
}
