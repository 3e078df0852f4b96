package org.microcred.assessment.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An assessor's judgement: a level and feedback per rubric criterion, overall feedback, and
 * optionally the outcome asked for (DENY instead of REVISE; AWARD is accepted where the rubric grants
 * it; otherwise the rubric decides). Which criteria and levels are allowed depends on the rubric, so
 * the service checks those (422).
 */
public record DecisionRequest(
        @NotNull @Size(max = 50) List<@NotNull @Valid Score> scores,
        @NotBlank @Size(max = 10000) String feedback,
        @Pattern(regexp = "AWARD|REVISE|DENY", message = "one of REVISE, DENY (or AWARD)") String outcome) {

    public record Score(
            @NotBlank @Size(max = 64) String criterionId,
            @NotBlank @Size(max = 64) String levelId,
            @Size(max = 4000) String feedback) {
    }
}
