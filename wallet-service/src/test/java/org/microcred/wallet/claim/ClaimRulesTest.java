package org.microcred.wallet.claim;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microcred.events.MalformedEventException;
import org.microcred.events.enrolment.ClaimOffered;
import org.microcred.support.problem.Problem;
import org.microcred.support.problem.ProblemException;
import org.microcred.wallet.ShareToken;

/** Who may claim an offer, and in which order the refusals come. */
class ClaimRulesTest {

    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    private static final String EMAIL = "New-Learner@Northbridge.example";

    private static ClaimOffer offer() {
        ClaimOffer o = new ClaimOffer();
        o.earnerEmail = EMAIL;
        o.expiresAt = NOW.plusSeconds(60);
        return o;
    }

    private static String refusal(ClaimOffer offer, String verifiedEmail) {
        ProblemException e = assertThrows(ProblemException.class, () -> ClaimRules.check(offer, NOW, verifiedEmail));
        Problem problem = e.toProblem("/api/v1/wallet/claims");
        return problem.status() + " " + problem.type().substring(problem.type().lastIndexOf('/') + 1);
    }

    @Test
    void theOffersEmailInAnyCaseMayClaimAWaitingOffer() {
        assertDoesNotThrow(() -> ClaimRules.check(offer(), NOW, "new-learner@northbridge.example"));
        assertDoesNotThrow(() -> ClaimRules.check(offer(), NOW, "NEW-LEARNER@NORTHBRIDGE.EXAMPLE"));
    }

    @Test
    void refusalsComeInOrderUnknownUsedExpiredUnverifiedOtherEmail() {
        assertEquals("404 claim-not-found", refusal(null, EMAIL));
        ClaimOffer used = offer();
        used.claimedAt = NOW.minusSeconds(1);
        used.expiresAt = NOW.minusSeconds(1);
        assertEquals("410 claim-used", refusal(used, null));
        ClaimOffer expired = offer();
        expired.expiresAt = NOW;
        assertEquals("410 claim-expired", refusal(expired, null));
        assertEquals("403 email-not-verified", refusal(offer(), null));
        assertEquals("403 claim-email-mismatch", refusal(offer(), "someone@northbridge.example"));
    }

    @Test
    void aMismatchDoesNotNameTheOffersEmail() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> ClaimRules.check(offer(), NOW, "someone@northbridge.example"));
        assertFalse(e.getMessage().toLowerCase().contains(EMAIL.toLowerCase()), e.getMessage());
    }

    @Test
    void anOfferWithoutAStandInOrAHexHashIsMalformed() {
        String hash = ShareToken.hash("secret");
        assertDoesNotThrow(() -> ClaimRules.requireWellFormed(offered("unclaimed:abc", hash)));
        assertThrows(MalformedEventException.class, () -> ClaimRules.requireWellFormed(offered("user-1", hash)));
        assertThrows(MalformedEventException.class,
                () -> ClaimRules.requireWellFormed(offered("unclaimed:abc", hash.toUpperCase())));
        assertThrows(MalformedEventException.class,
                () -> ClaimRules.requireWellFormed(offered("unclaimed:abc", hash.substring(1))));
    }

    private static ClaimOffered offered(String standIn, String tokenHash) {
        return new ClaimOffered(UUID.randomUUID(), standIn, EMAIL, null, tokenHash, NOW, null, null, 1, NOW);
    }
}
