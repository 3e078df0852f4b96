package org.microcred.events.issuance;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.microcred.events.EventPayload;

/**
 * Issuance signed the CLR 2.0 transcript a {@code wallet.transcript.requested} asked for. Keyed by earner id.
 *
 * @param transcriptText the signed {@code ClrCredential} as the exact text issuance signed and stored, which the
 *                       wallet keeps and serves byte for byte (only as text: it embeds whole credentials, and the
 *                       event must stay under the outbox's maximum)
 */
public record TranscriptIssued(UUID transcriptId, String earnerId, List<UUID> credentialIds, String transcriptText,
        Instant issuedAt) implements EventPayload {
}
