package org.microcred.enrolment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.microcred.events.catalogue.EvidencePrompt;
import org.microcred.events.catalogue.ProgressRule;
import org.microcred.events.catalogue.Rubric;
import org.microcred.events.catalogue.RubricCriterion;
import org.microcred.events.catalogue.RubricLevel;
import org.microcred.events.catalogue.SecondMarking;
import org.microcred.support.problem.Problem.FieldError;

class DefinitionRulesTest {

    private static Achievement sound() {
        Achievement a = new Achievement();
        a.evidencePrompts = List.of(new EvidencePrompt("p1", "Show it", false, "files", List.of("application/pdf"), 1, 3));
        a.rubric = new Rubric(List.of(new RubricCriterion("c1", "C", null,
                List.of(new RubricLevel("low", "Low", null), new RubricLevel("high", "High", null)), "high")));
        return a;
    }

    private static List<String> fields(Achievement a) {
        return DefinitionRules.check(a).stream().map(FieldError::field).toList();
    }

    @Test
    void soundDefinitionHasNoProblems() {
        assertTrue(DefinitionRules.check(sound()).isEmpty());
    }

    @Test
    void progressNeedsItsRuleAndNothingElse() {
        Achievement a = new Achievement();
        a.benchmarkKind = "progress";
        assertEquals(List.of("progressRule"), fields(a));
        a.progressRule = new ProgressRule("final", "completion", null);
        assertTrue(DefinitionRules.check(a).isEmpty());
        a.progressRule = new ProgressRule("final", "score", null);
        assertEquals(List.of("progressRule.minScore"), fields(a));
        a.progressRule = new ProgressRule("final", "completion", new BigDecimal("50"));
        assertEquals(List.of("progressRule.minScore"), fields(a));
    }

    @Test
    void performanceNeedsPromptsAndRubricAndNoProgressRule() {
        Achievement a = new Achievement();
        a.evidencePrompts = List.of();
        a.progressRule = new ProgressRule("final", "completion", null);
        assertEquals(List.of("progressRule", "evidencePrompts", "rubric"), fields(a));
    }

    @Test
    void promptsKeepTheirKindsCountsAndTypes() {
        Achievement a = sound();
        a.evidencePrompts = List.of(
                new EvidencePrompt("w", "Write", false, "written", List.of("application/pdf"), 1, null),
                new EvidencePrompt("f", "Files", true, "files", List.of("application/x-msdownload", "image/png",
                        "image/png"), 2, 11),
                new EvidencePrompt("l", "Links", false, "links", List.of(), 5, 3));
        assertEquals(List.of("evidencePrompts[0].allowedMediaTypes", "evidencePrompts[0].minItems",
                "evidencePrompts[1].allowedMediaTypes[0]", "evidencePrompts[1].allowedMediaTypes[2]",
                "evidencePrompts[1].maxItems", "evidencePrompts[2].minItems"), fields(a));
    }

    @Test
    void secondMarkingSampleNeedsAPercentage() {
        Achievement a = sound();
        a.secondMarking = new SecondMarking("sample", null);
        assertEquals(List.of("secondMarking.samplePercent"), fields(a));
        a.secondMarking = new SecondMarking("all", 10);
        assertEquals(List.of("secondMarking.samplePercent"), fields(a));
    }

    @Test
    void costNeedsAnIsoCurrencyAndCurrencyNeedsCost() {
        Achievement a = sound();
        a.cost = new BigDecimal("10.00");
        assertEquals(List.of("currency"), fields(a));
        a.currency = "XYZ";
        assertEquals(List.of("currency"), fields(a));
        a.currency = "EUR";
        assertTrue(DefinitionRules.check(a).isEmpty());
        a.cost = null;
        assertEquals(List.of("currency"), fields(a));
    }

    @Test
    void windowsAreOrdered() {
        Achievement a = sound();
        a.enrolmentOpensAt = Instant.parse("2030-02-01T00:00:00Z");
        a.enrolmentClosesAt = Instant.parse("2030-01-01T00:00:00Z");
        a.activityStartsAt = Instant.parse("2030-03-01T00:00:00Z");
        a.activityEndsAt = Instant.parse("2030-03-01T00:00:00Z");
        assertEquals(List.of("enrolmentClosesAt", "activityEndsAt"), fields(a));
        a.enrolmentClosesAt = Instant.parse("2030-05-01T00:00:00Z");
        a.activityEndsAt = Instant.parse("2030-04-01T00:00:00Z");
        assertEquals(List.of("enrolmentClosesAt"), fields(a));
    }
}
