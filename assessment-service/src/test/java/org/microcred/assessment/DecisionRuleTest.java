package org.microcred.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.microcred.events.assessment.CriterionScore;
import org.microcred.events.assessment.Decision;
import org.microcred.events.catalogue.Rubric;
import org.microcred.events.catalogue.RubricCriterion;
import org.microcred.events.catalogue.RubricLevel;
import org.microcred.support.problem.Problem.FieldError;

class DecisionRuleTest {

    private static final List<RubricLevel> THREE = List.of(new RubricLevel("emerging", "Emerging", null),
            new RubricLevel("proficient", "Proficient", null), new RubricLevel("exemplary", "Exemplary", null));
    private static final List<RubricLevel> TWO = List.of(new RubricLevel("no", "Not yet", null),
            new RubricLevel("yes", "Yes", null));
    private static final Rubric RUBRIC = new Rubric(List.of(
            new RubricCriterion("objectives", "Objectives", null, THREE, "proficient"),
            new RubricCriterion("checks", "Checks", null, TWO, "yes")));

    private static CriterionScore score(String criterion, String level) {
        return new CriterionScore(criterion, level, "because");
    }

    /** Attempt 1 of 3. */
    private static DecisionRule.Verdict decide(Decision requested, CriterionScore... scores) {
        return DecisionRule.decide(RUBRIC, List.of(scores), requested, 1, 3);
    }

    private static DecisionRule.Verdict decideLastAttempt(Decision requested, CriterionScore... scores) {
        return DecisionRule.decide(RUBRIC, List.of(scores), requested, 3, 3);
    }

    @Test
    void everyCriterionAtItsRequiredLevelIsAnAward() {
        assertEquals(Decision.AWARD, decide(null, score("objectives", "proficient"), score("checks", "yes")).decision());
    }

    @Test
    void aLevelAboveTheRequiredOneAlsoMeetsTheCriterion() {
        assertEquals(Decision.AWARD, decide(null, score("checks", "yes"), score("objectives", "exemplary")).decision());
    }

    @Test
    void oneCriterionBelowItsRequiredLevelAsksForRevision() {
        DecisionRule.Verdict verdict = decide(null, score("objectives", "emerging"), score("checks", "yes"));
        assertTrue(verdict.isValid());
        assertEquals(Decision.REVISE, verdict.decision());
    }

    @Test
    void theAssessorMayDenyWhenACriterionIsNotMet() {
        assertEquals(Decision.DENY, decide(Decision.DENY, score("objectives", "emerging"), score("checks", "no")).decision());
    }

    @Test
    void askingForRevisionWhenACriterionIsNotMetIsARevision() {
        assertEquals(Decision.REVISE, decide(Decision.REVISE, score("objectives", "emerging"), score("checks", "yes")).decision());
    }

    @Test
    void denyingOrRevisingWhenEveryCriterionIsMetIsRefused() {
        for (Decision requested : List.of(Decision.DENY, Decision.REVISE)) {
            DecisionRule.Verdict verdict = decide(requested, score("objectives", "proficient"), score("checks", "yes"));
            assertNull(verdict.decision());
            assertEquals(DecisionRule.Refusal.OUTCOME, verdict.refusal());
            assertEquals(List.of(new FieldError("outcome", "every criterion is met, so the decision is AWARD")),
                    verdict.errors());
        }
    }

    @Test
    void awardingWhenACriterionIsNotMetIsRefused() {
        DecisionRule.Verdict verdict = decide(Decision.AWARD, score("objectives", "emerging"), score("checks", "yes"));
        assertEquals(DecisionRule.Refusal.OUTCOME, verdict.refusal());
        assertEquals(List.of("outcome"), verdict.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void anAskedAwardThatTheRubricGrantsIsAnAward() {
        assertEquals(Decision.AWARD, decide(Decision.AWARD, score("objectives", "proficient"), score("checks", "yes")).decision());
    }

    @Test
    void onTheLastAttemptAnUnmetRubricIsADenialNotARevision() {
        assertEquals(Decision.DENY,
                decideLastAttempt(null, score("objectives", "emerging"), score("checks", "yes")).decision());
    }

    @Test
    void askingForRevisionOnTheLastAttemptIsRefused() {
        DecisionRule.Verdict verdict = decideLastAttempt(Decision.REVISE, score("objectives", "emerging"),
                score("checks", "yes"));
        assertEquals(DecisionRule.Refusal.NO_ATTEMPT_LEFT, verdict.refusal());
        assertEquals(List.of("outcome"), verdict.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void theLastAttemptCanStillBeAwarded() {
        assertEquals(Decision.AWARD,
                decideLastAttempt(null, score("objectives", "proficient"), score("checks", "yes")).decision());
    }

    @Test
    void aMissingCriterionIsNamed() {
        DecisionRule.Verdict verdict = decide(null, score("objectives", "proficient"));
        assertFalse(verdict.isValid());
        assertEquals(DecisionRule.Refusal.SCORES, verdict.refusal());
        assertEquals(List.of(new FieldError("scores", "criterion 'checks' is not scored")), verdict.errors());
    }

    @Test
    void anUnknownCriterionAndALevelOfAnotherCriterionAreNamedWhereTheyStand() {
        DecisionRule.Verdict verdict = decide(null, score("objectives", "yes"), score("checks", "yes"),
                score("timing", "yes"));
        assertEquals(List.of(new FieldError("scores[0].levelId", "'yes' is not a level of criterion 'objectives'"),
                new FieldError("scores[2].criterionId", "'timing' is not a criterion of this rubric")), verdict.errors());
    }

    @Test
    void aCriterionScoredTwiceIsRefused() {
        DecisionRule.Verdict verdict = decide(null, score("objectives", "proficient"), score("checks", "yes"),
                score("objectives", "emerging"));
        assertEquals(List.of(new FieldError("scores[2].criterionId", "criterion 'objectives' is scored more than once")),
                verdict.errors());
    }

    @Test
    void aRubricIsJudgeableOnlyWithCriteriaWhoseRequiredLevelIsTheirOwn() {
        assertTrue(DecisionRule.isJudgeable(RUBRIC));
        assertFalse(DecisionRule.isJudgeable(null));
        assertFalse(DecisionRule.isJudgeable(new Rubric(List.of())));
        assertFalse(DecisionRule.isJudgeable(new Rubric(List.of(new RubricCriterion("c", "C", null, TWO, "proficient")))));
        assertFalse(DecisionRule.isJudgeable(new Rubric(List.of(new RubricCriterion("c", "C", null, TWO, "yes"),
                new RubricCriterion("c", "D", null, TWO, "no")))));
    }
}
