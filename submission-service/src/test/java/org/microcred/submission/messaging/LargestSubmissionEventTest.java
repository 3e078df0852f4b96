package org.microcred.submission.messaging;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.microcred.events.EventCodec;
import org.microcred.events.EventEnvelope;
import org.microcred.events.submission.EvidenceArtifact;
import org.microcred.events.submission.EvidenceLink;
import org.microcred.events.submission.SubmissionSubmitted;
import org.microcred.events.submission.WrittenAnswer;
import org.microcred.submission.LinkUrls;
import org.microcred.submission.rest.SubmissionRequests;
import org.microcred.support.outbox.EventSourceLimits;
import org.microcred.support.outbox.OutboxConfig;

/**
 * The submission.submitted event of the largest submission accepted fits under the outbox's event maximum
 * (issue 9 B): 20 answers filling microcred.submission.answers.max-total-bytes with the costliest characters (a
 * quote is escaped to two bytes), 20 links of the longest URL (2000 bytes: LinkUrls) with the longest titles of
 * quotes, and 10 files with the longest names.
 */
class LargestSubmissionEventTest {

    private static final int PROMPTS = 20;
    private static final int MAX_LINKS = 20;
    private static final int MAX_FILES = 10;
    private static final int MAX_FILE_NAME = 200;
    private static final int MAX_TITLE = 200;

    @Test
    void theLargestAcceptedSubmissionMakesAnEventUnderTheMaximum() throws Exception {
        List<SubmissionRequests.Answer> answers = largestAnswers();
        List<WrittenAnswer> written = answers.stream().map(a -> new WrittenAnswer(a.promptId(), a.text())).toList();
        List<EvidenceLink> links = IntStream.range(0, MAX_LINKS).mapToObj(i -> new EvidenceLink(promptId(i),
                "https://example.org/" + "漢".repeat((LinkUrls.MAX_LENGTH - 20) / 3), "\"".repeat(MAX_TITLE))).toList();
        List<EvidenceArtifact> files = IntStream.range(0, MAX_FILES).mapToObj(i -> new EvidenceArtifact(
                UUID.randomUUID(), promptId(i), "漢".repeat(MAX_FILE_NAME), "x".repeat(255), 10L << 20,
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")).toList();
        SubmissionSubmitted submitted = new SubmissionSubmitted(UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), 1, "e".repeat(255), "m".repeat(254), "漢".repeat(255), 10, written, files,
                Instant.now(), Instant.now(), links);

        String event = EventCodec.encode(EventEnvelope.wrap(submitted, "t".repeat(64), "s".repeat(255),
                Instant.now(), "00-" + "a".repeat(32) + "-" + "b".repeat(16) + "-01"));
        int bytes = event.getBytes(StandardCharsets.UTF_8).length;
        int max = Integer.parseInt(OutboxConfig.DEFAULT_MAX_EVENT_BYTES);
        assertTrue(bytes > Integer.parseInt(EventSourceLimits.MAX_ANSWERS_BYTES), "the answers are all there");
        assertTrue(bytes <= max, "the largest submission event has " + bytes + " bytes, more than " + max);
    }

    /** The answers at their budget: as many escaped quotes as the budget and the 20000-character limit allow. */
    private static List<SubmissionRequests.Answer> largestAnswers() throws Exception {
        ObjectMapper json = new ObjectMapper();
        int budget = Integer.parseInt(EventSourceLimits.MAX_ANSWERS_BYTES);
        for (int chars = Math.min(20000, budget / PROMPTS); chars > 0; chars--) {
            List<SubmissionRequests.Answer> answers = answers(chars);
            if (json.writeValueAsBytes(answers).length <= budget) {
                return answers;
            }
        }
        throw new AssertionError("no answer fits the budget");
    }

    private static List<SubmissionRequests.Answer> answers(int chars) {
        return IntStream.range(0, PROMPTS)
                .mapToObj(i -> new SubmissionRequests.Answer(promptId(i), "\"".repeat(chars))).toList();
    }

    private static String promptId(int i) {
        return String.format("%064d", i);
    }
}
