package org.microcred.events.enrolment;

import java.time.Instant;
import java.util.UUID;
import org.microcred.events.EventPayload;

/**
 * An LMS asked for an award for a learner who has no account here yet, so the credential is issued to
 * {@code unclaimedEarnerId} (a stand-in for the learner, {@code unclaimed:} and the SHA-256 of the lower-cased email)
 * and waits in the wallet until the learner claims it. The claim link carries a secret whose SHA-256 (hex) is
 * {@code tokenHash}: the wallet accepts it once, before {@code expiresAt}, from a signed-in earner whose verified email is
 * {@code earnerEmail}. Keyed by the unclaimed earner id, so the offers and the credentials of one learner stay in order.
 */
public record ClaimOffered(
        UUID claimId,
        String unclaimedEarnerId,
        String earnerEmail,
        String earnerName,
        String tokenHash,
        Instant expiresAt,
        UUID enrolmentId,
        UUID achievementId,
        int achievementVersion,
        Instant offeredAt) implements EventPayload {

    /** The prefix of every stand-in earner id: no identity provider's user id starts with it. */
    public static final String UNCLAIMED_PREFIX = "unclaimed:";

    public static boolean isUnclaimed(String earnerId) {
        return earnerId != null && earnerId.startsWith(UNCLAIMED_PREFIX);
    }
}
