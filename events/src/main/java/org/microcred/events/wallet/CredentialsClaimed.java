package org.microcred.events.wallet;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.microcred.events.EventPayload;

/**
 * An earner claimed what was waiting for them: from now on the stand-in {@code unclaimedEarnerId} is the signed-in
 * {@code earnerId} (their identity provider user id), whose verified email is {@code earnerEmail}. The wallet moved the
 * credentials {@code credentialIds} (those that had arrived; later ones follow the earner) to that earner; other
 * services re-key what they hold for the stand-in (enrolments, the dashboard). Keyed by the unclaimed earner id.
 */
public record CredentialsClaimed(
        UUID claimId,
        String unclaimedEarnerId,
        String earnerId,
        String earnerEmail,
        List<UUID> credentialIds,
        Instant claimedAt) implements EventPayload {
}
