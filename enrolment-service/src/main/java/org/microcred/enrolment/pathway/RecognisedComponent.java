package org.microcred.enrolment.pathway;

import java.time.Instant;
import java.util.UUID;
import org.microcred.events.enrolment.PathwayComponent;

/**
 * A credential from another issuer that an issuer-admin accepted as equivalent to the micro-credential
 * {@code achievementId} of the pathway {@code pathwayId}, and whose wallet status was VALID when loaded. It counts
 * there (and only there) until {@code validUntil}, judged by the clock at evaluation ({@link #countsAt}).
 */
public record RecognisedComponent(UUID recognitionId, UUID pathwayId, UUID achievementId, int achievementVersion,
        String name, UUID externalCredentialId, String issuerId, String issuerName, String externalAchievementId,
        String externalAchievementName, Instant validUntil) {

    public boolean countsAt(Instant now) {
        return validUntil == null || validUntil.isAfter(now);
    }

    public PathwayComponent component() {
        return PathwayComponent.recognised(achievementId, achievementVersion, name, recognitionId,
                externalCredentialId, issuerId, issuerName, externalAchievementId, externalAchievementName);
    }
}
