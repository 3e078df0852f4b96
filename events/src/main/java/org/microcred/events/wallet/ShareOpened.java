package org.microcred.events.wallet;

import java.time.Instant;
import java.util.UUID;
import org.microcred.events.EventPayload;

/**
 * A share link was opened (its page or its JSON), reported at most once per link and minute: the first opening in a
 * minute sends it, with {@code openCount} the link's openings so far, so a consumer takes the highest count per link.
 * Nothing about the visitor (no address, no user agent). Keyed like {@link CredentialShared}.
 */
public record ShareOpened(UUID shareId, UUID credentialId, UUID enrolmentId, long openCount, Instant openedAt)
        implements EventPayload {
}
