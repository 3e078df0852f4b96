package org.microcred.wallet;

import java.time.Instant;
import java.util.UUID;

/** A wallet entry without its document, for lists (documents can be large). */
public record CredentialSummary(UUID id, UUID enrolmentId, String achievementName, String issuerName,
        Instant issuedAt) {
}
