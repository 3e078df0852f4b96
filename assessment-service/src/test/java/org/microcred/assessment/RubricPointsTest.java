package org.microcred.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.microcred.events.assessment.CriterionScore;

class RubricPointsTest {

    private static List<CriterionScore> scores(String objectives, String checks) {
        return List.of(new CriterionScore("objectives", objectives, null), new CriterionScore("checks", checks, null));
    }

    @Test
    void pointsAreWeightedPerCriterionOutOfTheHighestLevels() {
        // objectives weight 2: exemplary 4 -> 8; checks weight 1 (unset): yes 3 -> 3; max 2*4 + 3 = 11.
        RubricPoints.Totals totals = RubricPoints.of(AssessmentFixture.POINTS_RUBRIC, scores("exemplary", "yes"));
        assertEquals(0, new BigDecimal("11").compareTo(totals.total()));
        assertEquals(0, new BigDecimal("11").compareTo(totals.max()));
    }

    @Test
    void lowerLevelsGiveFewerPoints() {
        RubricPoints.Totals totals = RubricPoints.of(AssessmentFixture.POINTS_RUBRIC, scores("emerging", "no"));
        assertEquals(0, new BigDecimal("2").compareTo(totals.total()));
        assertEquals(0, new BigDecimal("11").compareTo(totals.max()));
    }

    @Test
    void aRubricWithoutPointsHasNoTotals() {
        assertNull(RubricPoints.of(AssessmentFixture.RUBRIC, scores("exemplary", "yes")));
    }
}
