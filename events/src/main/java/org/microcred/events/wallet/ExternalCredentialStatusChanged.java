package org.microcred.events.wallet;

import java.time.Instant;
import java.util.UUID;
import org.microcred.events.EventPayload;

/**
 * An external credential's standing changed: {@code REVOKED}, {@code SUSPENDED}, {@code EXPIRED} or
 * {@code UNVERIFIED} found by the wallet's re-check, {@code VALID} again (after a suspension or a failed check), or
 * {@code REMOVED} by the earner. Anything but {@code VALID} means it counts for nothing. Keyed (and subject) by the
 * external credential's id, so its changes stay in order.
 */
public record ExternalCredentialStatusChanged(UUID externalCredentialId, String earnerId, String status,
        String reason, Instant changedAt) implements EventPayload {
}
