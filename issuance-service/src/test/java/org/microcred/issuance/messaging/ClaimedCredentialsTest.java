package org.microcred.issuance.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.events.EventEnvelope;
import org.microcred.events.enrolment.ClaimOffered;
import org.microcred.events.wallet.CredentialsClaimed;
import org.microcred.issuance.Awards;
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

    private static io.restassured.response.ValidatableResponse byEarner(String earnerId) {
        return given().auth().oauth2(Tokens.user("nb-admin")).queryParam("earnerId", earnerId)
                .get("/api/v1/credentials").then().statusCode(200);
    }
}
