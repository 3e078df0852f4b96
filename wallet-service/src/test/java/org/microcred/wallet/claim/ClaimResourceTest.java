package org.microcred.wallet.claim;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.events.EventEnvelope;
import org.microcred.events.Topics;
import org.microcred.events.enrolment.ClaimOffered;
import org.microcred.events.issuance.CredentialIssued;
import org.microcred.events.wallet.CredentialsClaimed;
import org.microcred.support.testing.TestKafka;
import org.microcred.support.testing.Tokens;
import org.microcred.wallet.ShareToken;
import org.microcred.wallet.WalletFixture;

/**
 * A credential awarded to a learner without an account waits under a stand-in earner id until the learner, signed in
 * with the verified email the claim link was sent to, claims it (real Kafka, PostgreSQL and Keycloak tokens).
 */
@Tag("servers")
@QuarkusTest
class ClaimResourceTest {

    private static final String EARNER = "nb-earner";

    @Test
    void aClaimMovesTheStandInsCredentialIntoTheEarnersWalletAndAnnouncesIt() {
        String standIn = Claims.standIn();
        String token = ShareToken.generate();
        EventEnvelope<ClaimOffered> offer = Claims.offer(EARNER, standIn, token);
        EventEnvelope<CredentialIssued> issued = Claims.credentialFor(offer, "Claimed credential");
        Claims.publish(offer);
        TestKafka.publish(WalletFixture.PREFIX, standIn, issued);
        Claims.awaitListed(offer, "credentialPresent", true);
        UUID credentialId = issued.payload().credentialId();
        assertEquals(standIn, Claims.holderOf(credentialId), "stored under the stand-in until claimed");

        Claims.claim(EARNER, token).statusCode(200)
                .body("claimId", equalTo(offer.payload().claimId().toString()))
                .body("credentials.id", contains(credentialId.toString()))
                .body("credentials[0].achievementName", equalTo("Claimed credential"))
                .body("credentials[0].issuedAt", notNullValue());

        String earnerId = Tokens.subject(EARNER);
        assertEquals(earnerId, Claims.holderOf(credentialId), "moved to the earner");
        Claims.awaitInWallet(EARNER, credentialId);
        CredentialsClaimed claimed = WalletFixture.awaitWalletEvent(standIn, CredentialsClaimed.class,
                c -> c.claimId().equals(offer.payload().claimId()));
        assertEquals(List.of(credentialId), claimed.credentialIds());
        assertEquals(earnerId, claimed.earnerId());
        assertEquals(standIn, claimed.unclaimedEarnerId());
        assertEquals(Tokens.claim(EARNER, "email"), claimed.earnerEmail());
        // The credential is the earner's now: readable as any other.
        given().auth().oauth2(Tokens.user(EARNER)).get("/api/v1/wallet/credentials/" + credentialId)
                .then().statusCode(200);
    }

    @Test
    void aCredentialArrivingAfterTheClaimLandsInTheEarnersWalletDirectly() {
        String standIn = Claims.standIn();
        String token = ShareToken.generate();
        EventEnvelope<ClaimOffered> offer = Claims.offer(EARNER, standIn, token);
        Claims.publish(offer);
        Claims.awaitOffer(offer);
        Claims.claim(EARNER, token).statusCode(200).body("credentials", empty());

        EventEnvelope<CredentialIssued> issued = Claims.credentialFor(offer, "Arrived after the claim");
        TestKafka.publish(WalletFixture.PREFIX, standIn, issued);
        Claims.awaitInWallet(EARNER, issued.payload().credentialId());
        assertEquals(Tokens.subject(EARNER), Claims.holderOf(issued.payload().credentialId()));
    }

    /**
     * The credential and the claim of one stand-in at the same moment: they meet on the stand-in's lock, so whichever
     * goes first, the credential ends in the earner's wallet and nothing stays under the stand-in.
     */
    @Test
    void aCredentialArrivingWhileTheStandInIsClaimedEndsInTheEarnersWalletEitherWay() {
        for (int round = 0; round < 3; round++) {
            String standIn = Claims.standIn();
            String token = ShareToken.generate();
            EventEnvelope<ClaimOffered> offer = Claims.offer(EARNER, standIn, token);
            Claims.publish(offer);
            Claims.awaitOffer(offer);

            EventEnvelope<CredentialIssued> issued = Claims.credentialFor(offer, "Arrived during the claim " + round);
            CompletableFuture<Void> arriving = CompletableFuture.runAsync(
                    () -> TestKafka.publish(WalletFixture.PREFIX, standIn, issued));
            Claims.claim(EARNER, token).statusCode(200);
            arriving.join();

            Claims.awaitInWallet(EARNER, issued.payload().credentialId());
            assertEquals(Tokens.subject(EARNER), Claims.holderOf(issued.payload().credentialId()));
        }
    }

    @Test
    void aSecondOfferForALearnerTheEarnerClaimedIsUsedByTheSameEarnerAndRefusedToAnother() {
        String standIn = Claims.standIn();
        String first = ShareToken.generate();
        String second = ShareToken.generate();
        String third = ShareToken.generate();
        EventEnvelope<ClaimOffered> firstOffer = Claims.offer(EARNER, standIn, first);
        EventEnvelope<ClaimOffered> secondOffer = Claims.offer(EARNER, standIn, second);
        // The same stand-in offered to another address (the learner's email changed hands): not the same person.
        EventEnvelope<ClaimOffered> thirdOffer = Claims.offer("nb-earner2", standIn, third);
        Claims.publish(firstOffer);
        Claims.publish(secondOffer);
        Claims.publish(thirdOffer);
        Claims.awaitOffer(thirdOffer);

        Claims.claim(EARNER, first).statusCode(200);
        Claims.claim(EARNER, second).statusCode(200);
        Claims.claim("nb-earner2", third).statusCode(409)
                .body("type", endsWith("/claim-conflict"));
        Claims.awaitListed(thirdOffer, "claimed", false);
        Claims.awaitListed(secondOffer, "claimed", true);
    }

    @Test
    void twoClaimsWithOneLinkAtOnceSucceedOnce() {
        String token = ShareToken.generate();
        EventEnvelope<ClaimOffered> offer = Claims.offer(EARNER, Claims.standIn(), token);
        Claims.publish(offer);
        Claims.awaitOffer(offer);
        Tokens.user(EARNER); // fetched before the race, not by both sides
        List<CompletableFuture<Integer>> claims = Stream.of(1, 2)
                .map(i -> CompletableFuture.supplyAsync(() -> Claims.claim(EARNER, token).extract().statusCode()))
                .toList();
        List<Integer> statuses = claims.stream().map(CompletableFuture::join).sorted().toList();
        assertEquals(List.of(200, 410), statuses);
    }

    @Test
    void aMalformedOfferGoesToTheDeadLetterTopic() {
        EventEnvelope<ClaimOffered> offer = Claims.offer(EARNER, Claims.standIn(), ShareToken.generate());
        ClaimOffered o = offer.payload();
        ClaimOffered malformed = new ClaimOffered(o.claimId(), o.unclaimedEarnerId(), o.earnerEmail(), o.earnerName(),
                "not-a-hash", o.expiresAt(), o.enrolmentId(), o.achievementId(), o.achievementVersion(),
                o.offeredAt());
        Claims.publish(EventEnvelope.wrap(malformed, offer.tenantId(), o.unclaimedEarnerId(), Instant.now(), null));
        TestKafka.await(WalletFixture.PREFIX + Topics.ENROLMENT + ".wallet-service.dlq",
                r -> r.value().contains(o.claimId().toString()), 1, Duration.ofSeconds(30));
        assertEquals("0::", Claims.offerRow(o.claimId()));
    }

    @Test
    void anUnknownTokenIsNotFound() {
        Claims.claim(EARNER, ShareToken.generate()).statusCode(404)
                .contentType("application/problem+json")
                .body("type", endsWith("/claim-not-found"));
    }

    @Test
    void aTokenIsUsedOnce() {
        String token = ShareToken.generate();
        EventEnvelope<ClaimOffered> offer = Claims.offer(EARNER, Claims.standIn(), token);
        Claims.publish(offer);
        Claims.awaitOffer(offer);
        Claims.claim(EARNER, token).statusCode(200);
        Claims.claim(EARNER, token).statusCode(410).body("type", endsWith("/claim-used"));
    }

    @Test
    void anExpiredTokenIsGone() {
        String token = ShareToken.generate();
        EventEnvelope<ClaimOffered> offer = Claims.offer(EARNER, Claims.standIn(), token,
                Instant.now().minus(1, ChronoUnit.MINUTES));
        Claims.publish(offer);
        Claims.awaitListed(offer, "expired", true);
        Claims.claim(EARNER, token).statusCode(410).body("type", endsWith("/claim-expired"));
        Claims.awaitListed(offer, "claimed", false);
    }

    @Test
    void anotherEarnersEmailIsRefusedWithoutNamingTheOffersEmail() {
        String token = ShareToken.generate();
        EventEnvelope<ClaimOffered> offer = Claims.offer(EARNER, Claims.standIn(), token);
        Claims.publish(offer);
        Claims.awaitOffer(offer);
        Claims.claim("nb-earner2", token).statusCode(403)
                .body("type", endsWith("/claim-email-mismatch"))
                .body(not(containsStringIgnoringCase(Tokens.claim(EARNER, "email"))));
        // Refused, so still there for its learner.
        Claims.claim(EARNER, token).statusCode(200);
    }

    @Test
    void anEarnerWithoutAVerifiedEmailIsRefused() {
        String token = ShareToken.generate();
        EventEnvelope<ClaimOffered> offer = Claims.offer("nb-unverified", Claims.standIn(), token);
        Claims.publish(offer);
        Claims.awaitOffer(offer);
        Claims.claim("nb-unverified", token).statusCode(403).body("type", endsWith("/email-not-verified"));
        Claims.awaitListed(offer, "claimed", false);
    }

    @Test
    void anotherInstitutionsOfferIsNotFound() {
        String token = ShareToken.generate();
        // Southport's offer, to the very email of the Northbridge earner who tries it.
        EventEnvelope<ClaimOffered> offer = Claims.offer("southport", Tokens.claim(EARNER, "email"),
                Claims.standIn(), token, Instant.now().plus(1, ChronoUnit.DAYS));
        Claims.publish(offer);
        Claims.awaitOffer(offer);
        Claims.claim(EARNER, token).statusCode(404).body("type", endsWith("/claim-not-found"));
        Claims.listedBy(Claims.ADMIN).body("claimId", not(hasItem(offer.payload().claimId().toString())));
    }

    @Test
    void aMalformedClaimIsABadRequest() {
        Claims.claim(EARNER, "not a token").statusCode(400).body("type", endsWith("/validation"));
        given().auth().oauth2(Tokens.user(EARNER)).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/wallet/claims").then().statusCode(400);
        given().auth().oauth2(Tokens.user(EARNER)).contentType(ContentType.JSON).body("[1]")
                .post("/api/v1/wallet/claims").then().statusCode(400);
        given().auth().oauth2(Tokens.user(EARNER)).contentType(ContentType.JSON)
                .body("{\"token\":\"" + "a".repeat(5000) + "\"}")
                .post("/api/v1/wallet/claims").then().statusCode(413);
    }

    @Test
    void aRedeliveredOrResentOfferChangesNothing() {
        String standIn = Claims.standIn();
        String token = ShareToken.generate();
        EventEnvelope<ClaimOffered> offer = Claims.offer(EARNER, standIn, token);
        Claims.publish(offer);
        Claims.awaitOffer(offer);
        Claims.claim(EARNER, token).statusCode(200);

        Claims.publish(offer);
        ClaimOffered changed = new ClaimOffered(offer.payload().claimId(), standIn, "someone@else.example", "Other",
                ShareToken.hash(ShareToken.generate()), Instant.now().plus(1, ChronoUnit.DAYS), null, null, 1,
                Instant.now());
        Claims.publish(EventEnvelope.wrap(changed, offer.tenantId(), standIn, Instant.now(), null));
        // Same key, so the same partition: once this later offer is in, the two before it were applied.
        EventEnvelope<ClaimOffered> later = Claims.offer(EARNER, standIn, ShareToken.generate());
        Claims.publish(later);
        Claims.awaitOffer(later);

        assertEquals("1:true:" + Tokens.claim(EARNER, "email").toUpperCase(),
                Claims.offerRow(offer.payload().claimId()));
        Claims.claim(EARNER, token).statusCode(410);
    }

    @Test
    void theInstitutionsAdminSeesAnOfferWaitThenClaimed() {
        String token = ShareToken.generate();
        EventEnvelope<ClaimOffered> offer = Claims.offer(EARNER, Claims.standIn(), token);
        Claims.publish(offer);
        Claims.awaitOffer(offer);
        String entry = "find { it.claimId == '" + offer.payload().claimId() + "' }.";
        Claims.listed(offer)
                .body(entry + "earnerEmail", equalTo(offer.payload().earnerEmail()))
                .body(entry + "achievementId", equalTo(offer.payload().achievementId().toString()))
                .body(entry + "claimed", equalTo(false))
                .body(entry + "expired", equalTo(false))
                .body(entry + "credentialPresent", equalTo(false));

        Claims.claim(EARNER, token).statusCode(200);
        Claims.listed(offer).body(entry + "claimed", equalTo(true)).body(entry + "claimedAt", notNullValue());
    }

    @Test
    void onlyAnIssuerAdminListsOffersAndOnlyAnEarnerClaims() {
        given().auth().oauth2(Tokens.user(EARNER)).get("/api/v1/wallet/unclaimed").then().statusCode(403);
        given().get("/api/v1/wallet/unclaimed").then().statusCode(401);
        Claims.claim(Claims.ADMIN, ShareToken.generate()).statusCode(403);
    }
}
