package org.microcred.issuance.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.events.EventCodec;
import org.microcred.events.EventEnvelope;
import org.microcred.events.assessment.Decision;
import org.microcred.events.enrolment.ClaimOffered;
import org.microcred.events.issuance.CredentialIssued;
import org.microcred.events.wallet.CredentialsClaimed;
import org.microcred.issuance.Awards;
import org.microcred.issuance.IssuanceTopic;
import org.microcred.support.testing.TestKafka;
import org.microcred.support.testing.Tokens;

/** Credentials issued to a learner without an account become the account's when they claim them. */
@Tag("servers")
@QuarkusTest
class ClaimedCredentialsTest {

    @Test
    void aClaimMovesTheStandInsCredentialsToTheAccountAndNothingElse() {
        String standIn = ClaimOffered.UNCLAIMED_PREFIX + UUID.randomUUID().toString().replace("-", "");
        Awards awards = new Awards("northbridge", "Claimed later", standIn);
        UUID credential = awards.issue("nb-admin");
        Awards other = new Awards("northbridge", "Someone else's", ClaimOffered.UNCLAIMED_PREFIX
                + UUID.randomUUID().toString().replace("-", ""));
        UUID untouched = other.issue("nb-admin");
        String earner = "claimer-" + UUID.randomUUID();

        CredentialsClaimed claimed = new CredentialsClaimed(UUID.randomUUID(), standIn, earner,
                "claimer@northbridge.example", List.of(credential), Instant.now());
        EventEnvelope<CredentialsClaimed> event = EventEnvelope.wrap(claimed, "northbridge", standIn, Instant.now(),
                null);
        TestKafka.publish(Awards.PREFIX, standIn, event);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> byEarner(earner).body("id",
                contains(credential.toString())));
        byEarner(standIn).body("$", empty());
        byEarner(other.earnerId).body("id", contains(untouched.toString()));
    }

    @Test
    void aCredentialIssuedToTheStandInAfterTheClaimIsTheClaimersOnceEvenIfTheAwardComesAgain() throws Exception {
        String standIn = standIn();
        Awards awards = new Awards("northbridge", "Issued after the claim", standIn);
        UUID before = awards.issue("nb-admin");
        String earner = "claimer-" + UUID.randomUUID();
        publishClaim(standIn, earner, before);
        // The credential issued before moving to the claimer shows the claim was consumed.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> byEarner(earner).body("id",
                contains(before.toString())));

        UUID assessment = UUID.randomUUID();
        awards.publish(awards.decided(assessment, Decision.AWARD));
        // The same award again under a new event id: found under the claimer, not issued twice. A third award of the
        // journey (same key, so after it) shows that the copy was consumed.
        awards.publish(awards.decided(assessment, Decision.AWARD));
        UUID third = UUID.randomUUID();
        awards.publish(awards.decided(third, Decision.AWARD));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> byEarner(earner).body("assessmentId",
                hasItems(assessment.toString(), third.toString())));
        byEarner(earner).body("findAll { it.assessmentId == '" + assessment + "' }", hasSize(1))
                .body("$", hasSize(3));
        byEarner(standIn).body("$", empty());

        CredentialIssued announced = IssuanceTopic.await(earner, CredentialIssued.class, 1).get(0);
        assertEquals(earner, announced.earnerId(), "credential.issued names the claimer, keyed by the claimer");
        // The signed subject is what the award named (the learner's hashed email), not the claimer's id.
        JsonNode subject = EventCodec.mapper().readTree(Awards.document("nb-admin", announced.credentialId()))
                .path("credentialSubject");
        assertEquals("emailAddress", subject.path("identifier").path(0).path("identityType").asText(),
                subject.toString());
    }

    @Test
    void aClaimAndAnAwardOfTheStandInAtOnceEndUnderTheClaimerInEitherOrder() {
        for (int round = 0; round < 3; round++) {
            String standIn = standIn();
            Awards awards = new Awards("northbridge", "Claimed while issuing " + round, standIn);
            awards.publishCatalogue();
            String earner = "claimer-" + UUID.randomUUID();
            UUID assessment = UUID.randomUUID();
            if (round % 2 == 0) {
                awards.publish(awards.decided(assessment, Decision.AWARD));
                publishClaim(standIn, earner);
            } else {
                publishClaim(standIn, earner);
                awards.publish(awards.decided(assessment, Decision.AWARD));
            }
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> byEarner(earner).body("assessmentId",
                    contains(assessment.toString())));
            byEarner(standIn).body("$", empty());
        }
    }

    private static String standIn() {
        return ClaimOffered.UNCLAIMED_PREFIX + UUID.randomUUID().toString().replace("-", "");
    }

    private static void publishClaim(String standIn, String earner, UUID... credentials) {
        CredentialsClaimed claimed = new CredentialsClaimed(UUID.randomUUID(), standIn, earner,
                "claimer@northbridge.example", List.of(credentials), Instant.now());
        TestKafka.publish(Awards.PREFIX, standIn, EventEnvelope.wrap(claimed, "northbridge", standIn, Instant.now(),
                null));
    }

    private static io.restassured.response.ValidatableResponse byEarner(String earnerId) {
        return given().auth().oauth2(Tokens.user("nb-admin")).queryParam("earnerId", earnerId)
                .get("/api/v1/credentials").then().statusCode(200);
    }
}
