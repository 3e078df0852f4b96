package org.microcred.issuance.transcript;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.microcred.credentials.contexts.ClrContext;
import org.microcred.issuance.CredentialStatus;
import org.microcred.issuance.IssuedCredential;

/**
 * Why a transcript is not signed, as {@code issuance.transcript.refused} states it.
 *
 * <p>Only ACTIVE credentials go into a transcript: the institution signs the transcript now, and a record it signs
 * today must not state a credential it has withdrawn (revoked) or holds in abeyance (suspended), even if the
 * embedded credential's own status entry would tell a careful verifier. The whole request is refused, naming the
 * credentials, and the earner asks again without them: a transcript silently missing a credential the earner chose
 * would be worse.
 *
 * @param reason {@code unknown-credentials}, {@code revoked-credentials}, {@code suspended-credentials},
 *               {@code too-large} or {@code clr-context-unavailable}
 */
public record TranscriptRefusal(String reason, String detail) {

    public static final String UNKNOWN = "unknown-credentials";
    public static final String REVOKED = "revoked-credentials";
    public static final String SUSPENDED = "suspended-credentials";
    public static final String TOO_LARGE = "too-large";
    public static final String CONTEXT_UNAVAILABLE = "clr-context-unavailable";

    /**
     * The refusal for a request of this earner for these credentials, given those found in the tenant; empty when
     * every one was issued here to this earner and is active.
     */
    public static Optional<TranscriptRefusal> of(String earnerId, List<UUID> requested, List<IssuedCredential> found) {
        Map<UUID, IssuedCredential> byId = found.stream()
                .collect(Collectors.toMap(c -> c.id, Function.identity()));
        List<UUID> unknown = new ArrayList<>();
        List<UUID> revoked = new ArrayList<>();
        List<UUID> suspended = new ArrayList<>();
        for (UUID id : requested) {
            IssuedCredential credential = byId.get(id);
            if (credential == null || !credential.earnerId.equals(earnerId)) {
                unknown.add(id);
            } else if (credential.status == CredentialStatus.REVOKED) {
                revoked.add(id);
            } else if (credential.status == CredentialStatus.SUSPENDED) {
                suspended.add(id);
            }
        }
        if (!unknown.isEmpty()) {
            return Optional.of(new TranscriptRefusal(UNKNOWN, "Not credentials this institution issued to you: "
                    + names(unknown)));
        }
        if (!revoked.isEmpty()) {
            return Optional.of(new TranscriptRefusal(REVOKED, "Revoked, so a transcript cannot state them: "
                    + names(revoked)));
        }
        if (!suspended.isEmpty()) {
            return Optional.of(new TranscriptRefusal(SUSPENDED, "Suspended, so a transcript cannot state them"
                    + " until they are reinstated: " + names(suspended)));
        }
        return Optional.empty();
    }

    static TranscriptRefusal tooLarge(int bytes, int max) {
        return new TranscriptRefusal(TOO_LARGE, "The transcript would be " + bytes + " bytes, over the " + max
                + " a transcript may have: choose fewer credentials");
    }

    static TranscriptRefusal tooComplex(String why) {
        return new TranscriptRefusal(TOO_LARGE, "The transcript is too large to sign (" + why
                + "): choose fewer credentials");
    }

    /**
     * This deployment has no copy of the CLR 2.0 JSON-LD context (it is not bundled: the credentials library's
     * SOURCES.md), so it cannot sign a {@code ClrCredential}; contexts are never fetched at run time.
     */
    static TranscriptRefusal contextUnavailable() {
        return new TranscriptRefusal(CONTEXT_UNAVAILABLE, "This deployment cannot sign CLR 2.0 transcripts: "
                + ClrContext.MISSING);
    }

    private static String names(List<UUID> ids) {
        return ids.stream().map(id -> "urn:uuid:" + id).collect(Collectors.joining(", "));
    }
}
