package org.microcred.wallet.transcript;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.microcred.support.persistence.CredentialStatusRecord.Status;
import org.microcred.support.problem.ProblemException;
import org.microcred.wallet.CredentialStatus;

/**
 * What a transcript request must be, checked before anything is written: 1 to {@link #MAX_CREDENTIALS} distinct
 * credentials, all in the earner's wallet (so all of the caller's institution: the wallet is scoped by tenant), none
 * revoked or suspended as far as the wallet knows (issuance checks again, and has the last word). Each failure is a
 * 422 naming the credentials concerned; a name over {@link #MAX_NAME} characters is a 400 {@code validation}.
 */
public final class TranscriptRules {

    /** The most credentials in one transcript (issuance refuses more too). */
    public static final int MAX_CREDENTIALS = 50;
    public static final int MAX_NAME = 200;

    private TranscriptRules() {
    }

    static void checkShape(List<UUID> ids, String name) {
        if (name != null && name.length() > MAX_NAME) {
            throw ProblemException.invalid("name", "at most " + MAX_NAME + " characters");
        }
        if (ids == null || ids.isEmpty()) {
            throw unprocessable("no-credentials", "Choose at least one credential for the transcript");
        }
        if (ids.size() > MAX_CREDENTIALS) {
            throw unprocessable("too-many-credentials", "A transcript holds at most " + MAX_CREDENTIALS
                    + " credentials; " + ids.size() + " were chosen");
        }
        if (ids.stream().anyMatch(Objects::isNull)) {
            throw unprocessable("no-credentials", "credentialIds holds an empty entry");
        }
        Set<UUID> seen = new HashSet<>();
        List<UUID> repeated = ids.stream().filter(id -> !seen.add(id)).distinct().toList();
        if (!repeated.isEmpty()) {
            throw unprocessable("duplicate-credentials", "Each credential once: chosen more than once: "
                    + names(repeated));
        }
    }

    /**
     * Another earner's credential, another institution's, one the earner removed, or none at all: the same answer,
     * naming it.
     */
    static void checkOwn(List<UUID> requested, List<UUID> own) {
        Set<UUID> mine = Set.copyOf(own);
        List<UUID> unknown = requested.stream().filter(id -> !mine.contains(id)).toList();
        if (!unknown.isEmpty()) {
            throw unprocessable("unknown-credentials", "Not credentials in your wallet: " + names(unknown));
        }
    }

    static void checkActive(List<CredentialStatus> statuses) {
        List<UUID> revoked = of(statuses, Status.REVOKED);
        if (!revoked.isEmpty()) {
            throw unprocessable("credential-revoked", "Revoked, so a transcript cannot state them: " + names(revoked));
        }
        List<UUID> suspended = of(statuses, Status.SUSPENDED);
        if (!suspended.isEmpty()) {
            throw unprocessable("credential-suspended", "Suspended, so a transcript cannot state them until they are"
                    + " reinstated: " + names(suspended));
        }
    }

    private static List<UUID> of(List<CredentialStatus> statuses, Status status) {
        return statuses.stream().filter(s -> s.status == status).map(s -> s.credentialId).toList();
    }

    private static ProblemException unprocessable(String slug, String detail) {
        return new ProblemException(422, slug, "Transcript not possible", detail);
    }

    private static String names(List<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(Collectors.joining(", "));
    }
}
