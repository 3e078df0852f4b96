package org.microcred.enrolment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.microcred.events.catalogue.EvidencePrompt;
import org.microcred.events.catalogue.Rubric;
import org.microcred.events.catalogue.RubricCriterion;
import org.microcred.events.catalogue.RubricLevel;
import org.microcred.support.problem.Problem.FieldError;

/**
 * The rules a definition must keep beyond field sizes: ids unique where they are referenced, every
 * criterion's required level one of its own levels, and level points (when given) on every level
 * and strictly rising from the lowest level to the highest, so a higher level never scores less.
 * Null lists are treated as empty: field-level validation reports them.
 */
public final class RubricRules {

    private RubricRules() {
    }

    /** The problems found, each naming its field; empty when the definition is sound. */
    public static List<FieldError> check(List<EvidencePrompt> prompts, Rubric rubric) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> promptIds = new HashSet<>();
        List<EvidencePrompt> promptList = prompts == null ? List.of() : prompts;
        for (int i = 0; i < promptList.size(); i++) {
            EvidencePrompt prompt = promptList.get(i);
            if (prompt != null && prompt.id() != null && !promptIds.add(prompt.id())) {
                errors.add(new FieldError("evidencePrompts[" + i + "].id", "duplicate prompt id"));
            }
        }
        if (rubric == null || rubric.criteria() == null) {
            return errors;
        }
        boolean anyPoints = rubric.criteria().stream().filter(c -> c != null && c.levels() != null)
                .flatMap(c -> c.levels().stream()).anyMatch(l -> l != null && l.points() != null);
        Set<String> criterionIds = new HashSet<>();
        for (int c = 0; c < rubric.criteria().size(); c++) {
            RubricCriterion criterion = rubric.criteria().get(c);
            if (criterion == null) {
                continue;
            }
            String at = "rubric.criteria[" + c + "]";
            if (criterion.id() != null && !criterionIds.add(criterion.id())) {
                errors.add(new FieldError(at + ".id", "duplicate criterion id"));
            }
            checkLevels(criterion, at, anyPoints, errors);
        }
        return errors;
    }

    private static void checkLevels(RubricCriterion criterion, String at, boolean anyPoints, List<FieldError> errors) {
        List<RubricLevel> levels = criterion.levels() == null ? List.of() : criterion.levels();
        Set<String> levelIds = new HashSet<>();
        Integer previous = null;
        for (int l = 0; l < levels.size(); l++) {
            RubricLevel level = levels.get(l);
            if (level == null) {
                continue;
            }
            if (level.id() != null && !levelIds.add(level.id())) {
                errors.add(new FieldError(at + ".levels[" + l + "].id", "duplicate level id"));
            }
            if (anyPoints && level.points() == null) {
                errors.add(new FieldError(at + ".levels[" + l + "].points",
                        "required: when one level has points, every level of the rubric must"));
            } else if (level.points() != null) {
                if (previous != null && level.points() <= previous) {
                    errors.add(new FieldError(at + ".levels[" + l + "].points",
                            "must be higher than the points of the level below (" + previous + ")"));
                }
                previous = level.points();
            }
        }
        if (!levelIds.contains(criterion.requiredLevelId())) {
            errors.add(new FieldError(at + ".requiredLevelId", "must be the id of one of the criterion's levels"));
        }
    }
}
