package org.microcred.assessment.messaging;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.microcred.events.EventCodec;
import org.microcred.events.EventEnvelope;
import org.microcred.events.assessment.AssessmentDecided;
import org.microcred.events.assessment.CriterionScore;
import org.microcred.events.assessment.Decision;
import org.microcred.events.submission.EvidenceArtifact;
import org.microcred.events.submission.EvidenceLink;
import org.microcred.support.outbox.OutboxConfig;

/**
 * The assessment.decided event of the largest decision accepted fits under the outbox's event maximum (issue 9 B),
 * without a budget of its own: DecisionRequest's limits (50 scores with feedback of 4000 characters, overall
 * feedback of 10000) in three-byte characters, the costliest per character, plus the most evidence submission
 * accepts (10 files with the longest names, 20 links of 2000 bytes with titles of 200 escaped quotes).
 */
class LargestDecisionEventTest {

    @Test
    void theLargestAcceptedDecisionMakesAnEventUnderTheMaximum() {
        AssessmentDecided decided = AssessmentDecided.builder()
                .assessmentId(UUID.randomUUID()).submissionId(UUID.randomUUID()).enrolmentId(UUID.randomUUID())
                .achievement(UUID.randomUUID(), 1)
                .earner("e".repeat(36), "m".repeat(254), "漢".repeat(255))
                .attempt(10).decision(Decision.AWARD)
                .scores(IntStream.range(0, 50).mapToObj(i -> new CriterionScore(id(i), id(i), "漢".repeat(4000)))
                        .toList())
                .feedback("漢".repeat(10000)).assessorId("a".repeat(255))
                .evidence(IntStream.range(0, 10).mapToObj(i -> new EvidenceArtifact(UUID.randomUUID(), id(i),
                        "漢".repeat(200), "x".repeat(255), 10L << 20, "0".repeat(64))).toList())
                .links(IntStream.range(0, 20).mapToObj(i -> new EvidenceLink(id(i),
                        "https://example.org/" + "漢".repeat(660), "\"".repeat(200))).toList())
                .decidedAt(Instant.now()).enrolledAt(Instant.now()).submittedAt(Instant.now())
                .build();

        String event = EventCodec.encode(EventEnvelope.wrap(decided, "t".repeat(64), "s".repeat(255),
                Instant.now(), "00-" + "a".repeat(32) + "-" + "b".repeat(16) + "-01"));
        int bytes = event.getBytes(StandardCharsets.UTF_8).length;
        int max = Integer.parseInt(OutboxConfig.DEFAULT_MAX_EVENT_BYTES);
        assertTrue(bytes > 600_000, "the feedback is all there");
        assertTrue(bytes <= max, "the largest assessment.decided event has " + bytes + " bytes, more than " + max);
    }

    private static String id(int n) {
        return String.format("%064d", n);
    }
}
