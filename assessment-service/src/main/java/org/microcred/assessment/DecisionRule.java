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
 * is asked to REVISE, unless the assessor refuses for good (DENY) or the attempt was the last one
 * the micro-credential allows (then DENY). An assessor cannot hold back an award the rubric grants,
 * nor grant one it does not, nor ask for a revision no attempt is left for.
 */
public final class DecisionRule {

    /** Why no decision could be made. */
    public enum Refusal {
        /** A score names no criterion, a level of another criterion, a criterion twice, or one is missing. */
        SCORES,
        /** The outcome asked for contradicts the rubric. */
        OUTCOME,
        /** REVISE asked for on the last attempt allowed. */
        NO_ATTEMPT_LEFT
    }

    /** The decision, or why there is none (then {@code decision} is null and {@code refusal} set). */
    public record Verdict(Decision decision, Refusal refusal, List<FieldError> errors) {
        public boolean isValid() {
            return refusal == null;
        }

        static Verdict of(Decision decision) {
            return new Verdict(decision, null, List.of());
        }

        static Verdict refused(Refusal refusal, String field, String message) {
            return new Verdict(null, refusal, List.of(new FieldError(field, message)));
        }
    }

    private DecisionRule() {
    }

    /**
     * @param requested   the outcome the assessor asks for, or null to let the rubric decide
     * @param attempt     the attempt judged (1 for the first)
     * @param maxAttempts how many attempts the micro-credential allows
     */
    public static Verdict decide(Rubric rubric, List<CriterionScore> scores, Decision requested, int attempt,
            int maxAttempts) {
        List<FieldError> errors = scoreErrors(rubric, scores);
        if (!errors.isEmpty()) {
            return new Verdict(null, Refusal.SCORES, errors);
        }
        Map<String, String> levelByCriterion = new LinkedHashMap<>();
        scores.forEach(s -> levelByCriterion.put(s.criterionId(), s.levelId()));
        boolean allMet = rubric.criteria().stream().allMatch(c -> meets(c, levelByCriterion.get(c.id())));
        return outcome(allMet, requested, attempt >= maxAttempts, maxAttempts);
    }

    /** Each score's criterion and level checked against the rubric, each problem named where it stands. */
    private static List<FieldError> scoreErrors(Rubric rubric, List<CriterionScore> scores) {
        Map<String, RubricCriterion> criteria = new LinkedHashMap<>();
        rubric.criteria().forEach(c -> criteria.put(c.id(), c));
        List<FieldError> errors = new ArrayList<>();
        Set<String> scored = new HashSet<>();
        for (int i = 0; i < scores.size(); i++) {
            CriterionScore score = scores.get(i);
            RubricCriterion criterion = criteria.get(score.criterionId());
            if (criterion == null) {
                errors.add(new FieldError("scores[" + i + "].criterionId",
                        "'" + score.criterionId() + "' is not a criterion of this rubric"));
            } else if (!scored.add(criterion.id())) {
                errors.add(new FieldError("scores[" + i + "].criterionId",
                        "criterion '" + criterion.id() + "' is scored more than once"));
            } else if (levelIndex(criterion, score.levelId()) < 0) {
                errors.add(new FieldError("scores[" + i + "].levelId",
                        "'" + score.levelId() + "' is not a level of criterion '" + criterion.id() + "'"));
            }
        }
        for (String criterionId : criteria.keySet()) {
            if (!scored.contains(criterionId)) {
                errors.add(new FieldError("scores", "criterion '" + criterionId + "' is not scored"));
            }
        }
        return errors;
    }

    private static Verdict outcome(boolean allMet, Decision requested, boolean lastAttempt, int maxAttempts) {
        if (requested == null) {
            return Verdict.of(allMet ? Decision.AWARD : lastAttempt ? Decision.DENY : Decision.REVISE);
        }
        if (allMet && requested != Decision.AWARD) {
            return Verdict.refused(Refusal.OUTCOME, "outcome", "every criterion is met, so the decision is AWARD");
        }
        if (!allMet && requested == Decision.AWARD) {
            return Verdict.refused(Refusal.OUTCOME, "outcome",
                    "AWARD needs every criterion at or above its required level");
        }
        if (requested == Decision.REVISE && lastAttempt) {
            return Verdict.refused(Refusal.NO_ATTEMPT_LEFT, "outcome", "this is attempt " + maxAttempts + " of "
                    + maxAttempts + ": no attempt is left to revise, so the decision can only be DENY");
        }
        return Verdict.of(requested);
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
