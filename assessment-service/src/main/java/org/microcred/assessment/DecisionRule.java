package org.microcred.assessment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.microcred.events.assessment.CriterionScore;
import org.microcred.events.assessment.Decision;
import org.microcred.events.catalogue.Rubric;
import org.microcred.events.catalogue.RubricCriterion;
import org.microcred.events.catalogue.RubricLevel;
import org.microcred.support.problem.Problem.FieldError;

/**
 * How scores against a rubric become a decision. Every criterion is scored exactly once with one of
 * its own levels. Every criterion at or above its required level means AWARD; otherwise the earner
 * is asked to REVISE, unless the assessor refuses for good (DENY). An assessor cannot hold back an
 * award the rubric grants, nor grant one it does not.
 */
public final class DecisionRule {

    /** The decision, or the fields that prevent one (then {@code decision} is null). */
    public record Verdict(Decision decision, List<FieldError> errors) {
        public boolean isValid() {
            return errors.isEmpty();
        }
    }

    private DecisionRule() {
    }

    /**
     * @param requested the outcome the assessor asks for, or null to let the rubric decide
     */
    public static Verdict decide(Rubric rubric, List<CriterionScore> scores, Decision requested) {
        Map<String, RubricCriterion> criteria = new LinkedHashMap<>();
        rubric.criteria().forEach(c -> criteria.put(c.id(), c));
        List<FieldError> errors = new ArrayList<>();
        Set<String> scored = new HashSet<>();
        Map<String, String> levelByCriterion = new LinkedHashMap<>();
        for (int i = 0; i < scores.size(); i++) {
            CriterionScore score = scores.get(i);
            RubricCriterion criterion = criteria.get(score.criterionId());
            if (criterion == null) {
                errors.add(new FieldError("scores[" + i + "].criterionId", "not a criterion of this rubric"));
            } else if (!scored.add(criterion.id())) {
                errors.add(new FieldError("scores[" + i + "].criterionId", "criterion scored more than once"));
            } else if (levelIndex(criterion, score.levelId()) < 0) {
                errors.add(new FieldError("scores[" + i + "].levelId",
                        "not a level of criterion '" + criterion.id() + "'"));
            } else {
                levelByCriterion.put(criterion.id(), score.levelId());
            }
        }
        for (String criterionId : criteria.keySet()) {
            if (!scored.contains(criterionId)) {
                errors.add(new FieldError("scores", "criterion '" + criterionId + "' is not scored"));
            }
        }
        if (!errors.isEmpty()) {
            return new Verdict(null, errors);
        }
        boolean allMet = criteria.values().stream().allMatch(c -> meets(c, levelByCriterion.get(c.id())));
        return outcome(allMet, requested);
    }

    private static Verdict outcome(boolean allMet, Decision requested) {
        if (requested == null) {
            return new Verdict(allMet ? Decision.AWARD : Decision.REVISE, List.of());
        }
        if (allMet && requested != Decision.AWARD) {
            return refused("every criterion is met, so the decision is AWARD");
        }
        if (!allMet && requested == Decision.AWARD) {
            return refused("AWARD needs every criterion at or above its required level");
        }
        return new Verdict(requested, List.of());
    }

    private static Verdict refused(String message) {
        return new Verdict(null, List.of(new FieldError("outcome", message)));
    }

    /**
     * Whether a rubric can be judged at all: at least one criterion, ids unique, and each criterion's
     * required level one of its own levels. The catalogue checks this too; this guards the read model.
     */
    public static boolean isJudgeable(Rubric rubric) {
        if (rubric == null || rubric.criteria() == null || rubric.criteria().isEmpty()) {
            return false;
        }
        Set<String> ids = new HashSet<>();
        for (RubricCriterion criterion : rubric.criteria()) {
            if (criterion == null || criterion.id() == null || !ids.add(criterion.id()) || criterion.levels() == null
                    || criterion.levels().stream().anyMatch(level -> level == null || level.id() == null)
                    || levelIndex(criterion, criterion.requiredLevelId()) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether a score at {@code levelId} is at or above the criterion's required level. */
    public static boolean meets(RubricCriterion criterion, String levelId) {
        int reached = levelIndex(criterion, levelId);
        return reached >= 0 && reached >= levelIndex(criterion, criterion.requiredLevelId());
    }

    /** The position of a level, lowest first; -1 when the criterion has no such level. */
    private static int levelIndex(RubricCriterion criterion, String levelId) {
        List<RubricLevel> levels = criterion.levels();
        for (int i = 0; i < levels.size(); i++) {
            if (levelId != null && levelId.equals(levels.get(i).id())) {
                return i;
            }
        }
        return -1;
    }
}
