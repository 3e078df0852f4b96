package org.microcred.wallet;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.microcred.support.problem.ProblemException;

/**
 * The checks of a list of credentials an earner chose from their wallet to make something of (a portfolio, a
 * transcript): 1 to {@code max} distinct ids, each one in the wallet. Each failure is a 422 naming the credentials
 * concerned, titled for what could not be made ("Portfolio not possible"), so both answer the same way.
 */
public final class CredentialChoice {

    private final String made;
    private final String title;
    private final int max;

    /** {@code made} as it reads in a sentence ("portfolio"); {@code max} the most credentials it holds. */
    public CredentialChoice(String made, int max) {
        this.made = made;
        this.title = Character.toUpperCase(made.charAt(0)) + made.substring(1) + " not possible";
        this.max = max;
    }

    public void checkShape(List<UUID> ids) {
        if (ids == null || ids.isEmpty()) {
            throw unprocessable("no-credentials", "Choose at least one credential for the " + made);
        }
        if (ids.size() > max) {
            throw unprocessable("too-many-credentials", "A " + made + " holds at most " + max
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
     * naming it, so the answer tells nothing of credentials outside the caller's wallet.
     */
    public void checkInWallet(List<UUID> requested, List<UUID> inWallet) {
        Set<UUID> mine = Set.copyOf(inWallet);
        List<UUID> unknown = requested.stream().filter(id -> !mine.contains(id)).toList();
        if (!unknown.isEmpty()) {
            throw unprocessable("unknown-credentials", "Not credentials in your wallet: " + names(unknown));
        }
    }

    /** A 422 titled for what is being made, for the caller's own further checks. */
    public ProblemException unprocessable(String slug, String detail) {
        return new ProblemException(422, slug, title, detail);
    }

    public static String names(List<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(Collectors.joining(", "));
    }
}
