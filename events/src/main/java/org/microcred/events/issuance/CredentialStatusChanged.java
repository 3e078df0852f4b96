package org.microcred.events.issuance;

import java.time.Instant;
import java.util.UUID;
import org.microcred.events.EventPayload;

/**
 * An issuer-admin revoked, suspended or reinstated a credential; its bit in the issuer's status list
 * changed with it. {@code status} is {@code REVOKED}, {@code SUSPENDED} or {@code ACTIVE}.
 */
public record CredentialStatusChanged(
        UUID credentialId,
        UUID enrolmentId,
        String earnerId,
        String status,
        String reason,
        String changedBy,
        Instant changedAt) implements EventPayload {
}
