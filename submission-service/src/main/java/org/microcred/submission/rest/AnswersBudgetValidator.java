package org.microcred.submission.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.microcred.submission.config.AnswerLimitsConfig;

/** Measures the answers as the event will carry them: JSON, UTF-8, escapes included. */
@ApplicationScoped
public class AnswersBudgetValidator implements ConstraintValidator<AnswersWithinBudget, SubmissionRequests.Answers> {

    // Providers: Hibernate Validator makes its validators while the application starts, before the runtime
    // configuration mappings exist; they are looked up when a request is validated.
    @Inject
    Provider<AnswerLimitsConfig> limits;

    @Inject
    Provider<ObjectMapper> json;

    @Override
    public boolean isValid(SubmissionRequests.Answers request, ConstraintValidatorContext context) {
        if (request == null || request.answers() == null) {
            return true;
        }
        int bytes = jsonBytes(request);
        int max = limits.get().maxTotalBytes();
        if (bytes <= max) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate("the answers are " + bytes + " bytes together as JSON; at most "
                + max + " (microcred.submission.answers.max-total-bytes)").addPropertyNode("answers")
                .addConstraintViolation();
        return false;
    }

    private int jsonBytes(SubmissionRequests.Answers request) {
        try {
            return json.get().writeValueAsBytes(request.answers()).length;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Validated answers are always writable as JSON", e);
        }
    }
}
