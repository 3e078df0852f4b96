package org.microcred.wallet.claim;

import java.time.Instant;
import java.util.Locale;
import org.microcred.events.MalformedEventException;
import org.microcred.events.enrolment.ClaimOffered;
import org.microcred.support.problem.ProblemException;
import org.microcred.support.security.Caller;

/**
 * Whether a signed-in earner may claim an offer, in the order the answers are given: an unknown link (another
 * tenant's too) 404, a used or expired one 410, then who is asking: no verified email 403, another email 403 (without
 * saying which email the offer names). Also what a well-formed offer event is.
 */
public final class ClaimRules {

    public static final String NOT_FOUND = "claim-not-found";
    public static final String USED = "claim-used";
    public static final String EXPIRED = "claim-expired";
    public static final String EMAIL_MISMATCH = "claim-email-mismatch";
    public static final String CONFLICT = "claim-conflict";

    private static final int SHA256_HEX = 64;

    private ClaimRules() {
    }

    /** Passes when {@code offer} may be claimed now by a caller whose verified email is {@code verifiedEmail}. */
    public static void check(ClaimOffer offer, Instant now, String verifiedEmail) {
        if (offer == null) {
            throw new ProblemException(404, NOT_FOUND, "Claim not found",
                    "No credential waits to be claimed with this link in your institution");
        }
        if (offer.claimedAt != null) {
            throw new ProblemException(410, USED, "Claim already used",
                    "This claim link was used already: what it offered is in the wallet of whoever claimed it");
        }
        if (!now.isBefore(offer.expiresAt)) {
            throw new ProblemException(410, EXPIRED, "Claim expired",
                    "This claim link expired; ask your institution for a new one");
        }
        if (verifiedEmail == null) {
            throw new ProblemException(403, Caller.EMAIL_NOT_VERIFIED, "Email not verified",
                    "Your account has no verified email address, and a claim goes to the verified address it was"
                            + " sent to. Verify your email, then try again");
        }
        if (!normalised(verifiedEmail).equals(normalised(offer.earnerEmail))) {
            throw new ProblemException(403, EMAIL_MISMATCH, "Email does not match",
                    "This claim link was sent to another email address than your account's verified one;"
                            + " sign in with the account of the address it was sent to");
        }
    }

    /** 409: the stand-in is already another earner's. */
    public static ProblemException conflict() {
        return ProblemException.conflict(CONFLICT,
                "What this link offers was already claimed by another account; ask your institution");
    }

    /** Emails compare without regard to case, as the stand-in id is made from the lower-cased email. */
    static String normalised(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    /** An offer the wallet can keep: else the event is malformed and goes to the dead-letter topic. */
    public static void requireWellFormed(ClaimOffered offered) {
        if (offered.claimId() == null || !ClaimOffered.isUnclaimed(offered.unclaimedEarnerId())
                || offered.earnerEmail() == null || offered.earnerEmail().isBlank()
                || !isSha256Hex(offered.tokenHash()) || offered.expiresAt() == null || offered.offeredAt() == null) {
            throw new MalformedEventException("enrolment.claim.offered without claimId, an unclaimed: earner id,"
                    + " earnerEmail, a hex SHA-256 tokenHash, expiresAt or offeredAt");
        }
    }

    private static boolean isSha256Hex(String text) {
        return text != null && text.length() == SHA256_HEX
                && text.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
    }
}
