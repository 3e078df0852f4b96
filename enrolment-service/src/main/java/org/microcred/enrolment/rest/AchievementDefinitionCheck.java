package org.microcred.enrolment.rest;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The rules across the fields of a definition (DefinitionRules), reported with the field-level
 * violations of the same request, each under the field it concerns.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = AchievementDefinitionValidator.class)
public @interface AchievementDefinitionCheck {
    String message() default "the definition is inconsistent";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
