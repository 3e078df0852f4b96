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
 * The rules a definition must keep beyond field sizes: ids unique where they are referenced, and
 * every criterion's required level one of its own levels.
 */
public final class RubricRules {

    private RubricRules() {
    }

    /** The problems found, each naming its field; empty when the definition is sound. */
    public static List<FieldError> check(List<EvidencePrompt> prompts, Rubric rubric) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> promptIds = new HashSet<>();
        for (int i = 0; i < prompts.size(); i++) {
            if (!promptIds.add(prompts.get(i).id())) {
                errors.add(new FieldError("evidencePrompts[" + i + "].id", "duplicate prompt id"));
            }
        }
        Set<String> criterionIds = new HashSet<>();
        for (int c = 0; c < rubric.criteria().size(); c++) {
            RubricCriterion criterion = rubric.criteria().get(c);
            String at = "rubric.criteria[" + c + "]";
            if (!criterionIds.add(criterion.id())) {
                errors.add(new FieldError(at + ".id", "duplicate criterion id"));
            }
            Set<String> levelIds = new HashSet<>();
            for (int l = 0; l < criterion.levels().size(); l++) {
                RubricLevel level = criterion.levels().get(l);
                if (!levelIds.add(level.id())) {
                    errors.add(new FieldError(at + ".levels[" + l + "].id", "duplicate level id"));
                }
            }
            if (!levelIds.contains(criterion.requiredLevelId())) {
                errors.add(new FieldError(at + ".requiredLevelId", "must be the id of one of the criterion's levels"));
            }
        }
        return errors;
    }
}
