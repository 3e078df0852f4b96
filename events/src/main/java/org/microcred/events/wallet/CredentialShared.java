package org.microcred.events.wallet;

import java.time.Instant;
import java.util.UUID;
import org.microcred.events.EventPayload;

/** An earner created a public share link for one of their credentials. */
public record CredentialShared(UUID shareId, UUID credentialId, UUID enrolmentId, String earnerId,
        Instant sharedAt, Instant expiresAt) implements EventPayload {
}
