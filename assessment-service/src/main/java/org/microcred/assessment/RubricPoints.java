package org.microcred.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.microcred.events.assessment.CriterionScore;
import org.microcred.events.catalogue.Rubric;
import org.microcred.events.catalogue.RubricCriterion;
import org.microcred.events.catalogue.RubricLevel;

/**
 * The weighted points of a judgement, when the rubric's levels carry points: the sum over criteria
 * of weight (1 when not set) times the points of the level reached, out of the sum of weight times
 * the criterion's highest points. Points inform; they never override the required levels.
 */
public final class RubricPoints {

    /** A weighted total and the most it could have been. */
    public record Totals(BigDecimal total, BigDecimal max) {
    }

    private RubricPoints() {
    }

    /** The totals of valid scores, or null when no level of the rubric carries points. */
    public static Totals of(Rubric rubric, List<CriterionScore> scores) {
        if (rubric.criteria().stream().flatMap(c -> c.levels().stream()).allMatch(l -> l.points() == null)) {
            return null;
        }
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal max = BigDecimal.ZERO;
        for (RubricCriterion criterion : rubric.criteria()) {
            BigDecimal weight = criterion.weight() != null ? criterion.weight() : BigDecimal.ONE;
            String levelId = scores.stream().filter(s -> criterion.id().equals(s.criterionId()))
                    .map(CriterionScore::levelId).findFirst().orElse(null);
            int reached = criterion.levels().stream().filter(l -> Objects.equals(l.id(), levelId))
                    .map(RubricPoints::points).findFirst().orElse(0);
            int highest = criterion.levels().stream().mapToInt(RubricPoints::points).max().orElse(0);
            total = total.add(weight.multiply(BigDecimal.valueOf(reached)));
            max = max.add(weight.multiply(BigDecimal.valueOf(highest)));
        }
        return new Totals(plain(total), plain(max));
    }

    /** The number without trailing zeros, never in exponent form (100, not 1E+2). */
    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static int points(RubricLevel level) {
        return level.points() != null ? level.points() : 0;
    }
}
