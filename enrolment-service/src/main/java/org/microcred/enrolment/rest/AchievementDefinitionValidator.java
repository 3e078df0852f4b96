package org.microcred.enrolment.rest;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import org.microcred.enrolment.DefinitionRules;
import org.microcred.support.problem.Problem.FieldError;

/** Checks a request's cross-field rules on its entity form; each problem becomes a field violation. */
public class AchievementDefinitionValidator implements ConstraintValidator<AchievementDefinitionCheck, AchievementRequest> {

    @Override
    public boolean isValid(AchievementRequest request, ConstraintValidatorContext context) {
        if (request == null) {
            return true;
        }
        List<FieldError> errors = DefinitionRules.check(CatalogueMapper.toEntity(request));
        if (errors.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        for (FieldError error : errors) {
            // The message is literal text, not a message template.
            String literal = error.message().replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}")
                    .replace("$", "\\$");
            context.buildConstraintViolationWithTemplate(literal).addPropertyNode(error.field()).addConstraintViolation();
        }
        return false;
    }
}
