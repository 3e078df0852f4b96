package org.microcred.enrolment.recognition.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** Accept a credential from elsewhere as equivalent to a micro-credential of a pathway, and why. */
public record AcceptRequest(@NotNull UUID pathwayId, @NotNull UUID componentAchievementId,
        @NotBlank @Size(max = 2000) String reason) {
}
