package org.microcred.issuance.rest;

import java.time.Instant;
import java.util.UUID;
import org.microcred.issuance.AwardRelease;

/** A gated award as release-managers and issuer-admins see it (the hold reason whether shared or not). */
public record ReleaseView(UUID id, String state, UUID achievementId, int achievementVersion, String achievementName,
        String earnerId, UUID enrolmentId, UUID assessmentId, Instant awardedAt, String holdReason,
        boolean reasonShared, String heldBy, Instant heldAt, String releasedBy, Instant releasedAt,
        UUID credentialId) {

    public static ReleaseView of(AwardRelease r) {
        return new ReleaseView(r.id, r.state.name(), r.achievementId, r.achievementVersion, r.achievementName,
                r.earnerId, r.enrolmentId, r.assessmentId, r.awardedAt, r.holdReason, r.reasonShared, r.heldBy,
                r.heldAt, r.releasedBy, r.releasedAt, r.credentialId);
    }
}
