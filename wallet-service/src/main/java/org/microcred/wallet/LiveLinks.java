package org.microcred.wallet;

import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.function.Function;
import org.microcred.support.problem.ProblemException;

/**
 * The rules every public link of the wallet opens under, whatever it shows (one credential, a portfolio): a token
 * that is not well formed, unknown or expired answers the same 404, so the answer tells nothing about links the
 * caller does not hold; a revoked link answers 410 {@code share-revoked}, so a recognizer holding it learns that its
 * owner withdrew it rather than suspecting a typo. Only a live link goes on to what it shows.
 */
public final class LiveLinks {

    private LiveLinks() {
    }

    /**
     * The live link of {@code token} (found by its hash), carried on by {@code whenLive}; {@code revokedDetail} is the
     * 410's words, which name what the link shows.
     */
    public static <L extends ShareLinkBase, T> Uni<T> open(String token, Function<String, Uni<L>> byTokenHash,
            String revokedDetail, Function<L, Uni<T>> whenLive) {
        if (!ShareToken.isWellFormed(token)) {
            return Uni.createFrom().failure(notFound());
        }
        return byTokenHash.apply(ShareToken.hash(token)).chain(link -> {
            if (link == null) {
                return Uni.createFrom().failure(notFound());
            }
            return switch (link.statusAt(Instant.now())) {
                case REVOKED -> Uni.createFrom().failure(revoked(revokedDetail));
                case EXPIRED -> Uni.createFrom().failure(notFound());
                case ACTIVE -> whenLive.apply(link);
            };
        });
    }

    /** 410: the owner revoked the link, or removed or deleted what it shows. */
    public static ProblemException revoked(String detail) {
        return new ProblemException(410, "share-revoked", "Gone", detail);
    }

    private static ProblemException notFound() {
        // The token is not repeated: answers and logs should not carry secrets.
        return new ProblemException(404, "not-found", "Not found", "No open share link has this address");
    }
}
