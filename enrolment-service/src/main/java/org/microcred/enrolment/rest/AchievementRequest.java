package org.microcred.enrolment.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A new micro-credential definition, as an issuer-admin sends it. Every field has its limit. */
public record AchievementRequest(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 4000) String description,
        @NotBlank @Size(max = 2000) String competencyStatement,
        @NotBlank @Size(max = 4000) String criteriaNarrative,
        @NotNull @Size(min = 1, max = 20) List<@NotNull @Valid Prompt> evidencePrompts,
        @NotNull @Valid Rubric rubric) {

    public record Prompt(
            @NotBlank @Size(max = 64) @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
            @NotBlank @Size(max = 2000) String text,
            boolean fileRequired) {
    }

    public record Rubric(@NotNull @Size(min = 1, max = 20) List<@NotNull @Valid Criterion> criteria) {
    }

    public record Criterion(
            @NotBlank @Size(max = 64) @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
            @NotBlank @Size(max = 200) String name,
            @Size(max = 2000) String description,
            @NotNull @Size(min = 2, max = 10) List<@NotNull @Valid Level> levels,
            @NotBlank @Size(max = 64) String requiredLevelId) {
    }

    /** One level; the list of levels runs from lowest to highest. */
    public record Level(
            @NotBlank @Size(max = 64) @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
            @NotBlank @Size(max = 200) String name,
            @Size(max = 2000) String description) {
    }

    /** Ids that clients choose: short, readable, safe in URLs and JSON paths. */
    static final class Ids {
        static final String PATTERN = "^[a-z0-9][a-z0-9-]*$";
        static final String MESSAGE = "lower-case letters, digits and dashes";

        private Ids() {
        }
    }
}
