package org.microcred.enrolment.webhook;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** The bodies an LMS sends: {@code {"type": ..., "data": {...}}}, one data record per type. */
public final class LmsMessages {

    public static final String ENROLMENT_REQUESTED = "enrolment.requested";
    public static final String ACTIVITY_COMPLETED = "activity.completed";
    public static final String AWARD_REQUESTED = "credential.award.requested";

    private LmsMessages() {
    }

    /**
     * The learner of an enrolment or an activity report: their user id in the identity provider (the token's
     * {@code sub}) when the LMS knows it, else their email (verified by the institution), or both; at least one. An
     * email alone is resolved to the account that enrolled with it here, else to a stand-in for a learner without an
     * account (who gets a claim link).
     */
    public record Learner(
            @Size(max = 255) String id,
            @Email @Size(max = 320) String email,
            @Size(max = 200) String name) {
    }

    /**
     * The learner of an award request: their user id here when the LMS knows it, else their email (verified by the
     * institution), and/or the institution's student id; at least an id or an email. A learner without an account
     * here gets the credential as an unclaimed one, with a claim link.
     */
    public record AwardLearner(
            @Size(max = 255) @Pattern(regexp = "[\\p{Graph}]+", message = "must have no spaces") String id,
            @Email @Size(max = 320) String email,
            @Size(max = 64) @Pattern(regexp = "[\\p{Graph}]+", message = "must have no spaces") String studentId,
            @Size(max = 200) String name) {
    }

    /**
     * The LMS asks for the award of a micro-credential whose benchmark is met in the LMS ({@code progress}): the
     * learner completed it there. {@code startedAt}/{@code completedAt}: the activity's dates (completedAt defaults
     * to when the request arrived); {@code score} 0 to 100; {@code evidenceUrl} an https link to the evidence.
     */
    public record AwardRequested(
            @NotNull UUID achievementId,
            @NotNull @Valid AwardLearner learner,
            Instant startedAt,
            Instant completedAt,
            @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal score,
            @Size(max = 2048) @Pattern(regexp = "https://[\\p{Graph}]+", message = "must be an https URL")
            String evidenceUrl) {
    }

    public record EnrolmentRequested(
            @NotNull UUID achievementId,
            @NotNull @Valid Learner learner) {
    }

    public record ActivityCompleted(
            @NotNull UUID achievementId,
            @NotNull @Valid Learner learner,
            @NotBlank @Size(max = 200) @Pattern(regexp = "[\\p{Graph}]+", message = "must have no spaces")
            String activityId,
            @NotNull Boolean completed,
            @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal score,
            Instant occurredAt) {
    }
}
