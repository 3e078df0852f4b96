package org.microcred.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.microcred.e2e.Definitions.FILES_PROMPT;
import static org.microcred.e2e.Definitions.LINKS_PROMPT;
import static org.microcred.e2e.Definitions.TERMS_VERSION;
import static org.microcred.e2e.Definitions.WRITTEN_PROMPT;
import static org.microcred.e2e.Definitions.score;
import static org.microcred.e2e.Journeys.assertJourney;
import static org.microcred.e2e.Journeys.assertNextAction;
import static org.microcred.e2e.Journeys.atStage;
import static org.microcred.e2e.Journeys.pdf;
import static org.microcred.e2e.Journeys.sha256Hex;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 4's performance journey on the real servers: a micro-credential with written, file and link
 * prompts and a points rubric; the earner accepts the commitment, saves and resumes a draft, submits;
 * an assessor claims it and asks for a revision; the earner sees the feedback, resubmits as attempt 2
 * (attempt 1 kept); the assessor awards; the credential states the version, the results and the link
 * evidence, verifies, and is shared. The dashboard is checked at every step.
 */
class LearningJourneyIT {

    private static final String EARNER = "nb-earner";
    private static final String ASSESSOR = "nb-assessor";
    private static final String ADMIN = "nb-admin";
    private static final String LINK_1 = "https://video.example.org/lessons/fractions-take-1";
    private static final String LINK_2 = "https://video.example.org/lessons/fractions-take-2";
    private static final String CHECKS_FEEDBACK = "Add a check before the independent practice, not only at the end.";
    private static final String REVISE_FEEDBACK = "Good objectives; the checks come too late to change the lesson.";

    private final RunningSystem system = RunningSystem.get();
    private final JourneyClient client = system.client;
    private final LearningClient learning = new LearningClient(client);

    @Test
    void aPerformanceCredentialIsAwardedAfterOneRevisionWithTheFeedbackOnTheDashboardAtEachStep() {
        String achievementId = client.createAchievement(ADMIN, Definitions.performance("Formative Assessment in Depth — Zoë"));
        JsonNode published = client.publish(ADMIN, achievementId);
        assertEquals(1, published.path("version").asInt(), published.toString());

        String enrolmentId = enrolAcceptingTheCommitment(achievementId);
        String firstAttempt = saveResumeAndSubmitTheFirstAttempt(enrolmentId);
        String firstTask = claimFromTheQueue(achievementId, firstAttempt, enrolmentId, 1, List.of());

        JsonNode revise = learning.decide(ASSESSOR, firstTask, List.of(
                score("objectives", "proficient", "Objectives are measurable."),
                score("checks", "emerging", CHECKS_FEEDBACK)), REVISE_FEEDBACK).expect(200).json();
        assertEquals("REVISE", revise.path("decision").asText(), revise.toString());
        assertEquals(3, revise.path("totalPoints").asInt(), "2 + 1 points: " + revise);
        assertEquals(6, revise.path("maxPoints").asInt(), "3 + 3 points: " + revise);
        theEarnerSeesTheRevisionFeedback(enrolmentId);

        String secondAttempt = resubmitAsAttemptTwo(enrolmentId, firstAttempt);
        String secondTask = claimFromTheQueue(achievementId, secondAttempt, enrolmentId, 2, List.of("1:REVISE"));
        JsonNode award = learning.decide(ASSESSOR, secondTask, List.of(
                score("objectives", "proficient", "Objectives are measurable."),
                score("checks", "proficient", "The mid-lesson check changed the grouping: well done.")),
                "The checks now shape the lesson.").expect(200).json();
        assertEquals("AWARD", award.path("decision").asText(), award.toString());
        assertEquals(4, award.path("totalPoints").asInt(), award.toString());

        JsonNode awarded = learning.awaitJourney(EARNER, enrolmentId, "AWARDED", atStage("AWARDED", "ISSUED"));
        assertEquals(2, awarded.path("attempt").asInt(), awarded.toString());
        assertEquals(List.of("1:REVISE", "2:AWARD"), Journeys.feedbackOf(awarded));
        assertFalse(awarded.path("decidedAt").asText("").isBlank(), awarded.toString());
        JsonNode issued = learning.awaitJourney(EARNER, enrolmentId, "ISSUED with its credential",
                j -> "ISSUED".equals(j.path("stage").asText()) && !j.path("credentialId").asText("").isBlank());
        assertJourney(issued, "ISSUED", 2, List.of("1:REVISE", "2:AWARD"));
        assertNextAction(issued);
        String credentialId = issued.path("credentialId").asText();
        // The dashboard and the wallet consume credential.issued independently: wait for the wallet's copy.
        assertEquals(credentialId, client.awaitCredentialInWallet(EARNER, enrolmentId).path("id").asText(),
                "the wallet holds the credential the dashboard names");
        theCredentialStatesWhatWasMet(credentialId, sha256Hex(pdf("Lesson plan, attempt 2, " + enrolmentId)));

        client.share(EARNER, credentialId);
        JsonNode shared = learning.awaitJourney(EARNER, enrolmentId, "SHARED", atStage("SHARED"));
        assertJourney(shared, "SHARED", 2, List.of("1:REVISE", "2:AWARD"));
        assertFalse(shared.path("shareId").asText("").isBlank(), shared.toString());
        assertEquals(List.of("ENROLLED", "SUBMITTED", "IN_REVIEW", "REVISE", "SUBMITTED", "IN_REVIEW", "AWARDED",
                "ISSUED", "SHARED"), JourneyIT.values(shared.path("steps"), "stage"), "the timeline: " + shared);
    }

    private String enrolAcceptingTheCommitment(String achievementId) {
        JsonNode commitment = client.commitment(EARNER, achievementId);
        assertEquals(TERMS_VERSION, commitment.path("termsVersion").asText(), commitment.toString());
        assertEquals(12, commitment.path("expectedEffortHours").asInt(), commitment.toString());
        assertEquals(1, commitment.path("version").asInt(), commitment.toString());
        JsonNode enrolment = learning.enrol(EARNER, Map.of("achievementId", achievementId, "acceptCommitment", true,
                "termsVersion", commitment.path("termsVersion").asText())).expect(201).json();
        assertEquals("ACTIVE", enrolment.path("status").asText(), enrolment.toString());
        assertEquals(1, enrolment.path("achievementVersion").asInt(), enrolment.toString());
        assertEquals(TERMS_VERSION, enrolment.at("/commitment/termsVersion").asText(), "the accepted terms: " + enrolment);
        String enrolmentId = enrolment.path("id").asText();

        JsonNode enrolled = learning.awaitJourney(EARNER, enrolmentId, "ENROLLED", atStage("ENROLLED"));
        assertJourney(enrolled, "ENROLLED", 0, List.of());
        assertEquals("ACTIVE", enrolled.path("enrolmentStatus").asText(), enrolled.toString());
        assertEquals(1, enrolled.path("achievementVersion").asInt(), enrolled.toString());
        assertNextAction(enrolled);
        return enrolmentId;
    }

    private String saveResumeAndSubmitTheFirstAttempt(String enrolmentId) {
        String draftId = client.openDraft(EARNER, enrolmentId);
        learning.answer(EARNER, draftId, WRITTEN_PROMPT, "Exit tickets told me who needed the next lesson again.")
                .expect(200, 204);
        JsonNode resumed = learning.draft(EARNER, enrolmentId).expect(200).json();
        assertEquals(draftId, resumed.path("id").asText(), "the saved draft is the one to resume: " + resumed);
        assertEquals(1, resumed.path("attempt").asInt(), resumed.toString());
        assertTrue(resumed.path("answers").toString().contains("Exit tickets told me"), "the saved answer: " + resumed);

        byte[] plan = pdf("Lesson plan, attempt 1, " + enrolmentId);
        JsonNode file = learning.upload(EARNER, draftId, FILES_PROMPT, "lesson-plan.pdf", "application/pdf", plan)
                .expect(201).json();
        assertEquals(sha256Hex(plan), file.path("sha256").asText(), file.toString());
        learning.addLink(EARNER, draftId, LINKS_PROMPT, LINK_1, "Recording, take 1").expect(201);
        JsonNode receipt = learning.submit(EARNER, draftId).expect(200).json();
        assertEquals(1, receipt.path("attempt").asInt(), receipt.toString());
        assertEquals(sha256Hex(plan), receipt.at("/files/0/sha256").asText(), "the receipt names the file's hash: " + receipt);
        assertEquals(plan.length, receipt.at("/files/0/size").asInt(), receipt.toString());
        assertEquals(LINK_1, receipt.at("/links/0/url").asText(), receipt.toString());
        assertFalse(receipt.path("submittedAt").asText("").isBlank(), receipt.toString());

        JsonNode submitted = learning.awaitJourney(EARNER, enrolmentId, "SUBMITTED", atStage("SUBMITTED"));
        assertJourney(submitted, "SUBMITTED", 1, List.of());
        Instant submittedAt = Instant.parse(submitted.path("lastSubmittedAt").asText());
        Instant dueBy = Instant.parse(submitted.path("feedbackDueBy").asText());
        long offByMinutes = Math.abs(Duration.between(submittedAt.plus(Duration.ofDays(5)), dueBy).toMinutes());
        assertTrue(offByMinutes <= 1, "feedback is due 5 days after submission: " + submitted);
        return draftId;
    }

    /** The task of a submission is in the queue with its feedback target; the assessor claims it. */
    private String claimFromTheQueue(String achievementId, String submissionId, String enrolmentId, int attempt,
            List<String> feedbackSoFar) {
        // The queue shows the micro-credential's own target once its catalogue event has arrived there.
        JsonNode queued = Poll.until("the task with its micro-credential", JourneyClient.HOP, () -> Optional.of(
                learning.awaitQueued(ASSESSOR, achievementId, submissionId))
                .filter(task -> !task.path("achievementName").asText("").isBlank()
                        && !task.path("achievementName").isNull()));
        assertEquals(attempt, queued.path("attempt").asInt(), queued.toString());
        assertEquals(5, queued.path("feedbackTargetDays").asInt(), queued.toString());
        assertFalse(queued.path("dueBy").asText("").isBlank(), queued.toString());
        assertFalse(queued.path("overdue").asBoolean(), queued.toString());
        assertEquals("PENDING", queued.path("status").asText(), queued.toString());
        String taskId = queued.path("id").asText();
        learning.claim(ASSESSOR, taskId).expect(200);

        JsonNode inReview = learning.awaitJourney(EARNER, enrolmentId, "IN_REVIEW of attempt " + attempt,
                j -> "IN_REVIEW".equals(j.path("stage").asText()) && j.path("attempt").asInt() == attempt);
        assertJourney(inReview, "IN_REVIEW", attempt, feedbackSoFar);
        return taskId;
    }

    private void theEarnerSeesTheRevisionFeedback(String enrolmentId) {
        JsonNode revise = learning.awaitJourney(EARNER, enrolmentId, "REVISE", atStage("REVISE"));
        assertJourney(revise, "REVISE", 1, List.of("1:REVISE"));
        assertNextAction(revise);
        assertEquals(REVISE_FEEDBACK, revise.path("latestFeedback").asText(), revise.toString());
        JsonNode first = Journeys.feedbackOfAttempt(revise, 1);
        assertEquals(REVISE_FEEDBACK, first.path("feedback").asText(), first.toString());
        assertTrue(LearningClient.items(first.path("scores")).stream().anyMatch(s -> "checks".equals(
                s.path("criterionId").asText()) && "emerging".equals(s.path("levelId").asText())
                && CHECKS_FEEDBACK.equals(s.path("feedback").asText())), "the criterion's feedback: " + first);

        List<JsonNode> fromAssessment = LearningClient.items(learning.feedback(EARNER, enrolmentId).expect(200).json());
        assertEquals(1, fromAssessment.size(), fromAssessment.toString());
        assertEquals("REVISE", fromAssessment.get(0).path("decision").asText(), fromAssessment.toString());
        assertEquals(REVISE_FEEDBACK, fromAssessment.get(0).path("feedback").asText(), fromAssessment.toString());
    }

    private String resubmitAsAttemptTwo(String enrolmentId, String firstAttempt) {
        // The decision travels to submission-service as an event; until it arrives the attempt is still judged.
        JsonNode draft = Poll.until("a second attempt to open", JourneyClient.HOP, () -> {
            Http.Reply reply = client.http().post(client.endpoints().submission() + "/api/v1/submissions",
                    client.token(EARNER), Map.of("enrolmentId", enrolmentId));
            return reply.status() == 409 ? Optional.empty() : Optional.of(reply.expect(201).json());
        });
        assertEquals(2, draft.path("attempt").asInt(), draft.toString());
        String draftId = draft.path("id").asText();
        assertNotEquals(firstAttempt, draftId);

        JsonNode kept = learning.submission(EARNER, firstAttempt).expect(200).json();
        assertEquals(1, kept.path("attempt").asInt(), "attempt 1 is kept: " + kept);
        assertTrue(kept.toString().contains(sha256Hex(pdf("Lesson plan, attempt 1, " + enrolmentId))), kept.toString());

        byte[] plan = pdf("Lesson plan, attempt 2, " + enrolmentId);
        learning.completeEvidence(EARNER, draftId, "I moved the check before practice; half the class regrouped.",
                plan, LINK_2);
        JsonNode receipt = learning.submit(EARNER, draftId).expect(200).json();
        assertEquals(2, receipt.path("attempt").asInt(), receipt.toString());
        assertEquals(sha256Hex(plan), receipt.at("/files/0/sha256").asText(), receipt.toString());
        assertEquals(2, LearningClient.items(learning.attempts(EARNER, enrolmentId).expect(200).json()).size(),
                "both attempts are kept");

        JsonNode submitted = learning.awaitJourney(EARNER, enrolmentId, "SUBMITTED of attempt 2",
                j -> "SUBMITTED".equals(j.path("stage").asText()) && j.path("attempt").asInt() == 2);
        assertJourney(submitted, "SUBMITTED", 2, List.of("1:REVISE"));
        return draftId;
    }

    private void theCredentialStatesWhatWasMet(String credentialId, String fileHash) {
        JsonNode credential = client.credential(EARNER, credentialId);
        JsonNode achievement = credential.at("/credentialSubject/achievement");
        assertEquals("1", achievement.path("version").asText(), "the version met: " + achievement);
        assertEquals("Formative Assessment in Depth — Zoë", achievement.path("name").asText());
        assertEquals(2, credential.at("/credentialSubject/result").size(), "one result per criterion: " + credential);
        assertTrue(LearningClient.items(credential.path("evidence")).stream()
                .anyMatch(e -> LINK_2.equals(e.path("id").asText())), "the link is evidence: " + credential.path("evidence"));
        assertTrue(credential.path("evidence").toString().contains(fileHash), "the file of attempt 2 is evidence");

        JsonNode report = client.verify(client.credentialText(EARNER, credentialId)).expect(200).json();
        assertTrue(report.path("verified").asBoolean(), "the credential verifies: " + report);
    }
}
