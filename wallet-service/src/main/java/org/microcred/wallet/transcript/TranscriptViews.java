package org.microcred.wallet.transcript;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The request and answer bodies of the transcript API. */
public final class TranscriptViews {

    private TranscriptViews() {
    }

    /**
     * @param credentialIds the wallet's credentials to state, in the order to state them (1..50, distinct)
     * @param name          the transcript's name (at most 200 characters; none: "Transcript from [institution]")
     */
    public record TranscriptRequest(List<UUID> credentialIds, String name) {
    }

    /**
     * A transcript as the earner sees it. {@code document}: where its signed {@code ClrCredential} is read, once
     * ISSUED (null before); {@code refusalReason}/{@code refusalDetail}: issuance's answer when REFUSED.
     */
    public record TranscriptView(UUID id, String name, Transcript.Status status, List<UUID> credentialIds,
            Instant requestedAt, Instant decidedAt, String refusalReason, String refusalDetail, String document) {

        static TranscriptView of(Transcript t) {
            return new TranscriptView(t.id, t.name, t.status, t.credentialIdList(), t.requestedAt, t.decidedAt,
                    t.refusalReason, t.refusalDetail, t.status == Transcript.Status.ISSUED
                            ? TranscriptResource.PATH + "/" + t.id + "/clr" : null);
        }
    }
}
