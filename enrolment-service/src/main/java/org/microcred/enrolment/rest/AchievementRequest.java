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
import java.time.Instant;
import java.util.List;
import org.microcred.support.outbox.EventSourceLimits;

/**
 * A micro-credential definition, as an issuer-admin sends it to create a draft or replace a draft's
 * content. Every field has its limit, and the whole definition one more (microcred.catalogue.max-definition-bytes,
 * as JSON), so that no accepted definition makes a credential event over the outbox's maximum; the rules across
 * fields (AchievementDefinitionCheck) are checked in the same pass, so one answer names every problem.
 */
@AchievementDefinitionCheck
public record AchievementRequest(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 4000) String description,
        @NotBlank @Size(max = 2000) String competencyStatement,
        @NotBlank @Size(max = 4000) String criteriaNarrative,
        // Required (at least one prompt, a rubric) for performance; optional for progress.
        @Size(max = 20) List<@NotNull @Valid Prompt> evidencePrompts,
        @Valid Rubric rubric,
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
        @Min(1) @Max(3650) Integer validityDays,
        // Learning and judging.
        @Size(max = 20) List<@NotNull @Valid Resource> learningResources,
        @Pattern(regexp = "^(performance|progress)$", message = "performance or progress") String benchmarkKind,
        @Valid Progress progressRule,
        @Pattern(regexp = "^(online|in-person|hybrid)$", message = "online, in-person or hybrid") String deliveryMode,
        @Min(1) @Max(90) Integer feedbackTargetDays,
        @Min(1) @Max(10) Integer maxAttempts,
        @Valid SecondMarkingRequest secondMarking,
        // The commitment an earner accepts when enrolling.
        @Min(1) @Max(1000) Integer expectedEffortHours,
        @Size(max = 4000) String obligations,
        @DecimalMin("0") @DecimalMax("100000") @Digits(integer = 6, fraction = 2) BigDecimal cost,
        @Pattern(regexp = "^[A-Z]{3}$", message = "an ISO 4217 currency code such as EUR") String currency,
        @Size(min = 1, max = 50) @Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9._:-]*$",
                message = "letters, digits, dots, dashes, colons and underscores") String termsVersion,
        @Pattern(regexp = "^(automatic|staff)$", message = "automatic or staff") String confirmationMode,
        @Min(1) @Max(100000) Integer capacity,
        Instant enrolmentOpensAt,
        Instant enrolmentClosesAt,
        Instant activityStartsAt,
        Instant activityEndsAt,
        @Min(1) @Max(365) Integer inactivityExpiryDays,
        // Governance: awards wait for a release-manager's release before they are issued (absent: false).
        Boolean releaseGate) {

    /** A link to learning material. */
    public record Resource(
            @NotBlank @Size(max = 200) String title,
            @NotBlank @Size(max = 2000) @Pattern(regexp = Urls.PATTERN, message = Urls.MESSAGE) String url) {
    }

    /** How a progress micro-credential is earned from LMS activity. */
    public record Progress(
            @NotBlank @Size(max = 200) String activityId,
            @NotNull @Pattern(regexp = "^(completion|score)$", message = "completion or score") String measure,
            @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal minScore) {
    }

    public record SecondMarkingRequest(
            @NotNull @Pattern(regexp = "^(none|all|sample)$", message = "none, all or sample") String mode,
            @Min(1) @Max(100) Integer samplePercent) {
    }

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

    /**
     * One evidence prompt. Without {@code kind} it is the first schema's prompt: a written answer,
     * plus a file when {@code fileRequired}. With a kind, {@code fileRequired} is derived.
     */
    public record Prompt(
            @NotBlank @Size(max = 64) @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
            // Short: the credential repeats it for each piece of evidence given in answer to it.
            @NotBlank @Size(max = EventSourceLimits.MAX_PROMPT_TEXT_CHARS) String text,
            @Pattern(regexp = "^(written|files|links)$", message = "written, files or links") String kind,
            @Size(max = 20) List<@NotBlank @Size(max = 255) String> allowedMediaTypes,
            @Min(0) @Max(20) Integer minItems,
            @Min(1) @Max(20) Integer maxItems,
            Boolean fileRequired) {
    }

    public record Rubric(@NotNull @Size(max = 20) List<@NotNull @Valid Criterion> criteria) {
    }

    public record Criterion(
            @NotBlank @Size(max = 64) @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
            @NotBlank @Size(max = 200) String name,
            @Size(max = 2000) String description,
            @NotNull @Size(min = 2, max = 10) List<@NotNull @Valid Level> levels,
            @NotBlank @Size(max = 64) String requiredLevelId,
            // How much the criterion counts in a weighted points total (optional).
            @DecimalMin("0.1") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal weight) {
    }

    /** One level; the list of levels runs from lowest to highest, points (optional) strictly rising. */
    public record Level(
            @NotBlank @Size(max = 64) @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
            @NotBlank @Size(max = 200) String name,
            @Size(max = 2000) String description,
            @Min(0) @Max(1000) Integer points) {
    }

    /** Absolute http(s) URLs without spaces or characters that are not allowed in an IRI (pathways too). */
    public static final class Urls {
        public static final String PATTERN = "^https?://[^\\s/?#@<>\"{}|\\\\^`]+([/?#][^\\s<>\"{}|\\\\^`]*)?$";
        public static final String MESSAGE = "an absolute http or https URL";

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
