package org.microcred.events.wallet;

import java.time.Instant;
import java.util.UUID;
import org.microcred.events.EventPayload;

/** A credential arrived in its earner's wallet. */
public record CredentialStored(UUID credentialId, UUID enrolmentId, String earnerId, Instant storedAt)
        implements EventPayload {
}
