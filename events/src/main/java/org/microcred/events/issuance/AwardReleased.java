package org.microcred.events.issuance;

import java.time.Instant;
import java.util.UUID;
import org.microcred.events.EventPayload;

/**
 * A release-manager released a gated award: its credential was signed in the same transaction, and its
 * {@code credential.issued} follows on the same key (the earner id).
 */
public record AwardReleased(UUID releaseId, UUID enrolmentId, UUID assessmentId, UUID achievementId,
        int achievementVersion, String earnerId, UUID credentialId, Instant releasedAt) implements EventPayload {
}
