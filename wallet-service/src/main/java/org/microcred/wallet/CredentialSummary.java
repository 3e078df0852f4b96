package org.microcred.wallet;

import java.time.Instant;
import java.util.UUID;

/**
 * A wallet entry without its document, for lists (documents can be large), with the status issuance
 * last announced for it (null when none was: the credential is active). {@code pathwayId} is set (and
 * {@code enrolmentId} null) for a pathway's stacked credential; {@code hiddenAt} is set while the earner hides it.
 */
public record CredentialSummary(UUID id, UUID enrolmentId, String achievementName, String issuerName,
        Instant issuedAt, CredentialStatus.Status status, String statusReason, Instant statusChangedAt,
        UUID pathwayId, UUID achievementId, int achievementVersion, Instant hiddenAt) {
}
