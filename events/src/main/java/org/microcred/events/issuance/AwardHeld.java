package org.microcred.events.issuance;

import java.time.Instant;
import java.util.UUID;
import org.microcred.events.EventPayload;

/**
 * A release-manager held a gated award back: the earner sees it is under review. Keyed by earner id.
 *
 * @param reason the release-manager's reason, only when they chose to share it with the earner; else null
 */
public record AwardHeld(UUID releaseId, UUID enrolmentId, UUID assessmentId, UUID achievementId,
        int achievementVersion, String earnerId, String reason, Instant heldAt) implements EventPayload {
}
