package org.microcred.assessment.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The assessor an issuer-admin gives a task to: a Keycloak user id (the token's {@code sub}), checked
 * against Keycloak by {@code AssessorDirectory}.
 */
public record AssignRequest(
        @NotBlank @Size(max = 255) @Pattern(regexp = "[A-Za-z0-9._:@-]+", message = "a user id") String assessorId) {
}
