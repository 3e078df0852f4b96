package org.microcred.events.wallet;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.microcred.events.EventPayload;

/**
 * An earner asked for a CLR 2.0 transcript ({@code ClrCredential}) of some of their credentials, all issued by the
 * institution of the event's tenant. Issuance answers with {@code issuance.transcript.issued} or
 * {@code issuance.transcript.refused} for the same {@code transcriptId}. Keyed by earner id.
 *
 * @param credentialIds the credentials to embed, in the earner's order (distinct, at least one)
 * @param name          the transcript's name as the earner gave it, or null for the default
 */
public record TranscriptRequested(UUID transcriptId, String earnerId, List<UUID> credentialIds, String name,
        Instant requestedAt) implements EventPayload {
}
