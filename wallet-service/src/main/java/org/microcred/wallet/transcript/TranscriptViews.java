package org.microcred.wallet.transcript;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The request and answer bodies of the transcript API. */
public final class TranscriptViews {

    private TranscriptViews() {
    }

    /**
     * @param credentialIds the wallet's credentials to state, in the order to state them (1..50, distinct)
     * @param name          the transcript's name (at most 200 characters; none: "Transcript from [institution]")
     */
    @Schema(description = "A transcript request: the credentials to state, and its name")
    public record TranscriptRequest(
            @Schema(description = "1 to 50 distinct credentials of the caller's wallet, in the order to state them")
            List<UUID> credentialIds,
            @Schema(description = "The transcript's name (at most 200 characters; none: \"Transcript from"
                    + " [institution]\")") String name) {
    }

    /**
     * A transcript as the earner sees it. {@code document}: where its signed {@code ClrCredential} is read, once
     * ISSUED (null before); {@code refusalReason}/{@code refusalDetail}: issuance's answer when REFUSED.
     */
    @Schema(description = "One of the caller's transcripts")
    public record TranscriptView(
            @Schema(description = "The transcript's id") UUID id,
            @Schema(description = "Its name") String name,
            @Schema(description = "PENDING until issuance answers, then ISSUED or REFUSED") Transcript.Status status,
            @Schema(description = "The credentials it states, in order") List<UUID> credentialIds,
            @Schema(description = "When the caller asked for it") Instant requestedAt,
            @Schema(description = "When issuance answered; null while PENDING") Instant decidedAt,
            @Schema(description = "Issuance's reason (a slug) when REFUSED; else null") String refusalReason,
            @Schema(description = "Issuance's explanation when REFUSED; else null") String refusalDetail,
            @Schema(description = "Where the signed ClrCredential is read once ISSUED; null before") String document) {

        static TranscriptView of(Transcript t) {
            return new TranscriptView(t.id, t.name, t.status, t.credentialIdList(), t.requestedAt, t.decidedAt,
                    t.refusalReason, t.refusalDetail, t.status == Transcript.Status.ISSUED
                            ? TranscriptResource.PATH + "/" + t.id + "/clr" : null);
        }
    }
}
