package org.microcred.enrolment.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/** A new micro-credential definition, as an issuer-admin sends it. Every field has its limit. */
public record AchievementRequest(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 4000) String description,
        @NotBlank @Size(max = 2000) String competencyStatement,
        @NotBlank @Size(max = 4000) String criteriaNarrative,
        @NotNull @Size(min = 1, max = 20) List<@NotNull @Valid Prompt> evidencePrompts,
        @NotNull @Valid Rubric rubric,
        // Optional descriptive fields, stated by the credential (Open Badges 3.0 Achievement).
        @Size(max = 20) List<@NotNull @Valid AlignmentTarget> alignments,
        @DecimalMin("0") @DecimalMax("1000") @Digits(integer = 4, fraction = 2) BigDecimal creditsAvailable,
        @Size(max = 200) String fieldOfStudy,
        @Size(max = 50) String humanCode,
        @Size(max = 20) List<@NotBlank @Size(min = 1, max = 50) String> tags,
        @Size(max = 2000) @Pattern(regexp = Urls.PATTERN, message = Urls.MESSAGE) String imageUrl,
        @Size(max = 35) @Pattern(regexp = Languages.PATTERN, message = Languages.MESSAGE) String inLanguage,
        @Size(max = 50) String level,
        @Min(1) @Max(100) Integer sizeHours,
        @Min(1) @Max(3650) Integer validityDays) {

    /** An entry of a skills framework (ESCO, O*NET, CASE...) the micro-credential aligns to. */
    public record AlignmentTarget(
            @NotBlank @Size(min = 1, max = 200) String targetName,
            @NotBlank @Size(max = 2000) @Pattern(regexp = Urls.PATTERN, message = Urls.MESSAGE) String targetUrl,
            @Size(max = 2000) String targetDescription,
            @Size(max = 100) String targetFramework,
            @Size(max = 100) String targetCode,
            // Open Badges 3.0 AlignmentTargetType: its enumerated values or an "ext:" extension.
            @Size(max = 100) @Pattern(regexp = AlignmentTypes.PATTERN, message = AlignmentTypes.MESSAGE)
            String targetType) {
    }

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

    /** Absolute http(s) URLs without spaces or characters that are not allowed in an IRI. */
    static final class Urls {
        static final String PATTERN = "^https?://[^\\s/?#@<>\"{}|\\\\^`]+([/?#][^\\s<>\"{}|\\\\^`]*)?$";
        static final String MESSAGE = "an absolute http or https URL";

        private Urls() {
        }
    }

    /** BCP 47 language tags in their common form: language, optional script, region and variants. */
    static final class Languages {
        static final String PATTERN =
                "^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?(-([A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*$";
        static final String MESSAGE = "a BCP 47 language tag such as en or pt-BR";

        private Languages() {
        }
    }

    static final class AlignmentTypes {
        static final String PATTERN = "^(ceasn:Competency|ceterms:Credential|CFItem|CFRubric|CFRubricCriterion"
                + "|CFRubricCriterionLevel|CTDL|ext:[A-Za-z0-9._:-]+)$";
        static final String MESSAGE = "an Open Badges AlignmentTargetType (for example CFItem, ceasn:Competency, ext:...)";

        private AlignmentTypes() {
        }
    }

    /** Ids that clients choose: short, readable, safe in URLs and JSON paths. */
    static final class Ids {
        static final String PATTERN = "^[a-z0-9][a-z0-9-]*$";
        static final String MESSAGE = "lower-case letters, digits and dashes";

        private Ids() {
        }
    }
}
