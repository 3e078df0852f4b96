package org.microcred.enrolment.pathway;

import java.time.Instant;
import java.util.UUID;

/** A micro-credential credential an earner now holds, as {@code credential.issued} announced it. */
public record EarnedCredential(String tenantId, String earnerId, String earnerEmail, String earnerName,
        UUID achievementId, int achievementVersion, String achievementName, UUID credentialId, Instant issuedAt) {
}
