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

    private LmsMessages() {
    }

    /** The learner, identified by their user id in the identity provider (the token's {@code sub}). */
    public record Learner(
            @NotBlank @Size(max = 255) String id,
            @Email @Size(max = 320) String email,
            @Size(max = 200) String name) {
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
