package org.microcred.events.issuance;

import java.time.Instant;
import java.util.UUID;
import org.microcred.events.EventPayload;

/**
 * An AWARD of a micro-credential version with a release gate: issuance keeps it, unsigned, until a release-manager
 * releases it ({@link AwardReleased}) or holds it back ({@link AwardHeld}). Keyed by earner id, like the credential
 * that follows.
 *
 * @param releaseId  the pending release, as the release-manager endpoints name it
 * @param awardedAt  when the award was decided
 */
public record AwardAwaitingRelease(UUID releaseId, UUID enrolmentId, UUID assessmentId, UUID achievementId,
        int achievementVersion, String earnerId, String achievementName, Instant awardedAt) implements EventPayload {
}
