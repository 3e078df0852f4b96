package org.microcred.events.enrolment;

import java.time.Instant;
import java.util.UUID;
import org.microcred.events.EventPayload;

/**
 * An issuer-admin decided whether an earner's credential from another issuer (in their wallet,
 * {@code wallet.external-credential.submitted}) counts as equivalent to a micro-credential of one of the
 * institution's pathways. Keyed by the external credential's id (as the wallet's events about it), subject the
 * recognition's id.
 *
 * @param decision               {@code ACCEPTED} or {@code REFUSED}
 * @param pathwayId              for {@code ACCEPTED}: the pathway (its {@code pathwayVersion} the current published
 *                               one at the decision) and {@code componentAchievementId} the micro-credential it stands
 *                               for; null for {@code REFUSED}
 */
public record RecognitionDecided(UUID recognitionId, UUID externalCredentialId, String earnerId, String decision,
        UUID pathwayId, Integer pathwayVersion, UUID componentAchievementId, String componentName, String issuerId,
        String issuerName, String externalAchievementId, String externalAchievementName, String reason,
        String decidedBy, Instant decidedAt) implements EventPayload {

    public static final String ACCEPTED = "ACCEPTED";
    public static final String REFUSED = "REFUSED";
}
