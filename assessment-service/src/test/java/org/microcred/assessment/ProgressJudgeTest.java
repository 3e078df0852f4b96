package org.microcred.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microcred.events.assessment.Decision;
import org.microcred.events.catalogue.ProgressRule;
import org.microcred.events.enrolment.ActivityReported;

class ProgressJudgeTest {

    private static final ProgressRule SCORE_80 = new ProgressRule("quiz-final", "score", new BigDecimal("80"));
    private static final ProgressRule COMPLETION = new ProgressRule("module-3", "completion", null);

    private static ActivityReported report(String activity, boolean completed, String score) {
        return new ActivityReported(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), 1, "earner", null, null,
                activity, completed, score != null ? new BigDecimal(score) : null, Instant.now(), null);
    }

    @Test
    void aScoreAtTheThresholdIsAnAward() {
        ProgressJudge.Outcome outcome = ProgressJudge.judge(SCORE_80, report("quiz-final", true, "80"));
        assertEquals(Decision.AWARD, outcome.decision());
    }

    @Test
    void aScoreBelowIsARevisionNamingScoreAndThreshold() {
        ProgressJudge.Outcome outcome = ProgressJudge.judge(SCORE_80, report("quiz-final", true, "62.5"));
        assertEquals(Decision.REVISE, outcome.decision());
        assertTrue(outcome.feedback().contains("62.5"), outcome.feedback());
        assertTrue(outcome.feedback().contains("80"), outcome.feedback());
    }

    @Test
    void anotherActivityDecidesNothing() {
        assertNull(ProgressJudge.judge(SCORE_80, report("quiz-1", true, "99")).decision());
    }

    @Test
    void aScoreRuleWithoutAScoreDecidesNothing() {
        assertFalse(ProgressJudge.judge(SCORE_80, report("quiz-final", true, null)).decides());
    }

    @Test
    void completionAwardsACompletedActivityAndIgnoresAnIncompleteOne() {
        assertEquals(Decision.AWARD, ProgressJudge.judge(COMPLETION, report("module-3", true, null)).decision());
        assertFalse(ProgressJudge.judge(COMPLETION, report("module-3", false, null)).decides());
    }

    @Test
    void anAwardTheLmsAsksForIsAnAwardWhateverTheRuleSays() {
        ActivityReported asked = new ActivityReported(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), 1,
                "earner", null, null, "lms-award", true, new BigDecimal("10"), Instant.now(), null, true, null);
        ProgressJudge.Outcome outcome = ProgressJudge.judge(SCORE_80, asked);
        assertEquals(Decision.AWARD, outcome.decision(), "another activity, a score below 80: still the LMS's award");
        assertTrue(outcome.feedback().contains("learning platform"), outcome.feedback());
        assertEquals(Decision.AWARD, ProgressJudge.judge(null, asked).decision(), "even without a usable rule");
    }

    @Test
    void aRuleIsUsableWithAnActivityAndAMeasure() {
        assertTrue(ProgressJudge.isUsable(SCORE_80));
        assertTrue(ProgressJudge.isUsable(COMPLETION));
        assertFalse(ProgressJudge.isUsable(null));
        assertFalse(ProgressJudge.isUsable(new ProgressRule(" ", "completion", null)));
        assertFalse(ProgressJudge.isUsable(new ProgressRule("quiz", "score", null)));
    }
}
