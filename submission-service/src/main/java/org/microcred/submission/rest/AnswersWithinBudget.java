package org.microcred.submission.rest;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An attempt's answers together fit microcred.submission.answers.max-total-bytes (AnswerLimitsConfig). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = AnswersBudgetValidator.class)
public @interface AnswersWithinBudget {

    String message() default "the answers together are too large";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
