package org.microcred.enrolment.pathway.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.microcred.enrolment.rest.AchievementRequest.Urls;

/**
 * A pathway as an issuer-admin sends it. The rule tree's shape (depth, number of items, exactly one
 * of kind/achievementId/pathwayId per node) is checked by PathwayRules, naming each field.
 */
public record PathwayRequest(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 4000) String description,
        @NotBlank @Size(max = 4000) String criteriaNarrative,
        // Open Badges achievementType of the stacked credential (default Certificate), or an ext: type.
        @Size(max = 100) @Pattern(regexp = "^(ext:)?[A-Za-z][A-Za-z0-9]*$",
                message = "an Open Badges achievementType such as Certificate, or ext:...") String achievementType,
        @Size(max = 2000) @Pattern(regexp = Urls.PATTERN, message = Urls.MESSAGE) String imageUrl,
        @NotNull @Valid Rule rule) {

    /**
     * A node: a group {@code {kind: allOf|atLeast, min?, items}} or a leaf {@code {achievementId}}
     * or {@code {pathwayId}}.
     */
    public record Rule(
            @Pattern(regexp = "^(allOf|atLeast)$", message = "allOf or atLeast") String kind,
            @Min(1) @Max(50) Integer min,
            @Size(max = 50) List<@NotNull @Valid Rule> items,
            UUID achievementId,
            UUID pathwayId) {
    }
}
