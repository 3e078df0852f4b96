package org.microcred.enrolment.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.ArrayList;
import java.util.List;
import org.microcred.enrolment.DefinitionRules;
import org.microcred.enrolment.config.CatalogueLimitsConfig;
import org.microcred.support.problem.Problem.FieldError;

/**
 * Checks a request's cross-field rules on its entity form, and the size of the whole definition (its text goes
 * into every credential and event of it: see CatalogueLimitsConfig); each problem becomes a field violation.
 */
@ApplicationScoped
public class AchievementDefinitionValidator implements ConstraintValidator<AchievementDefinitionCheck, AchievementRequest> {

    /** The field a whole-definition problem names. */
    static final String WHOLE_DEFINITION = "definition";

    // Providers: Hibernate Validator makes its validators while the application starts, before the runtime
    // configuration mappings exist; they are looked up when a request is validated.
    @Inject
    Provider<CatalogueLimitsConfig> limits;

    @Inject
    Provider<ObjectMapper> json;

    @Override
    public boolean isValid(AchievementRequest request, ConstraintValidatorContext context) {
        if (request == null) {
            return true;
        }
        List<FieldError> errors = new ArrayList<>(DefinitionRules.check(CatalogueMapper.toEntity(request)));
        int bytes = jsonBytes(request);
        if (bytes > limits.get().maxDefinitionBytes()) {
            errors.add(new FieldError(WHOLE_DEFINITION, "the definition is " + bytes + " bytes as JSON; at most "
                    + limits.get().maxDefinitionBytes() + " (microcred.catalogue.max-definition-bytes)"));
        }
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

    private int jsonBytes(AchievementRequest request) {
        try {
            return json.get().writeValueAsBytes(request).length;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A validated request is always writable as JSON", e);
        }
    }
}
