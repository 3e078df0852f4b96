package org.microcred.issuance.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Why an issuer-admin revokes, suspends or reinstates a credential, or marks a key compromised:
 * recorded, and sent to the earner's wallet with the change.
 */
public record ReasonRequest(@NotBlank @Size(max = 500) String reason) {
}
