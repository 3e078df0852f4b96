package org.microcred.enrolment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.microcred.events.catalogue.EvidencePrompt;
import org.microcred.events.catalogue.Rubric;
import org.microcred.events.catalogue.RubricCriterion;
import org.microcred.events.catalogue.RubricLevel;
import org.microcred.support.problem.Problem.FieldError;

class RubricRulesTest {

    private static final List<RubricLevel> LEVELS =
            List.of(new RubricLevel("low", "Low", null), new RubricLevel("high", "High", null));
    private static final List<EvidencePrompt> PROMPTS = List.of(new EvidencePrompt("p1", "Show it", true));

    @Test
    void soundDefinitionHasNoProblems() {
        Rubric rubric = new Rubric(List.of(new RubricCriterion("c1", "C", null, LEVELS, "high")));
        assertTrue(RubricRules.check(PROMPTS, rubric).isEmpty());
    }

    @Test
    void requiredLevelMustBeOneOfTheCriterionsLevels() {
        Rubric rubric = new Rubric(List.of(new RubricCriterion("c1", "C", null, LEVELS, "expert")));
        assertEquals(List.of(new FieldError("rubric.criteria[0].requiredLevelId",
                "must be the id of one of the criterion's levels")), RubricRules.check(PROMPTS, rubric));
    }

    @Test
    void duplicateIdsAreNamedWhereTheyStand() {
        List<EvidencePrompt> prompts = List.of(new EvidencePrompt("p1", "a", false), new EvidencePrompt("p1", "b", false));
        List<RubricLevel> levels = List.of(new RubricLevel("x", "X", null), new RubricLevel("x", "Y", null));
        Rubric rubric = new Rubric(List.of(new RubricCriterion("c1", "C", null, levels, "x"),
                new RubricCriterion("c1", "D", null, LEVELS, "low")));
        List<String> fields = RubricRules.check(prompts, rubric).stream().map(FieldError::field).toList();
        assertEquals(List.of("evidencePrompts[1].id", "rubric.criteria[0].levels[1].id", "rubric.criteria[1].id"), fields);
    }

    @Test
    void pointsMustRiseStrictlyWithTheLevel() {
        List<RubricLevel> levels = List.of(new RubricLevel("low", "Low", null, 2), new RubricLevel("mid", "Mid", null, 2),
                new RubricLevel("high", "High", null, 1));
        Rubric rubric = new Rubric(List.of(new RubricCriterion("c1", "C", null, levels, "mid")));
        assertEquals(List.of("rubric.criteria[0].levels[1].points", "rubric.criteria[0].levels[2].points"),
                RubricRules.check(PROMPTS, rubric).stream().map(FieldError::field).toList());
    }

    @Test
    void pointsAreOnEveryLevelOrOnNone() {
        List<RubricLevel> withPoints = List.of(new RubricLevel("low", "Low", null, 0), new RubricLevel("high", "High", null, 5));
        Rubric rubric = new Rubric(List.of(new RubricCriterion("c1", "C", null, withPoints, "high"),
                new RubricCriterion("c2", "D", null, LEVELS, "high")));
        assertEquals(List.of("rubric.criteria[1].levels[0].points", "rubric.criteria[1].levels[1].points"),
                RubricRules.check(PROMPTS, rubric).stream().map(FieldError::field).toList());
        Rubric rising = new Rubric(List.of(new RubricCriterion("c1", "C", null, withPoints, "high")));
        assertTrue(RubricRules.check(PROMPTS, rising).isEmpty());
    }
}
