package org.microcred.events.issuance;

import java.time.Instant;
import java.util.UUID;
import org.microcred.events.EventPayload;

/**
 * Issuance will not sign the transcript a {@code wallet.transcript.requested} asked for. Keyed by earner id.
 *
 * @param reason a stable code: {@code unknown-credentials} (not issued here to this earner in this tenant),
 *               {@code revoked-credentials}, {@code suspended-credentials}, {@code too-large}
 * @param detail a sentence for the earner naming the credentials concerned
 */
public record TranscriptRefused(UUID transcriptId, String earnerId, String reason, String detail,
        Instant refusedAt) implements EventPayload {
}
