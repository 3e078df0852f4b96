package org.microcred.wallet.messaging;

import org.junit.jupiter.api.Tag;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microcred.events.EventEnvelope;
import org.microcred.events.issuance.CredentialIssued;
import org.microcred.events.issuance.CredentialStatusChanged;
import org.microcred.support.testing.TestKafka;
import org.microcred.support.testing.Tokens;
import org.microcred.wallet.WalletFixture;

/** credential.status.changed reaches the wallet: once per event, the latest change standing. */
@Tag("servers")
@QuarkusTest
class StatusEventTest {

    private static final String EARNER = "nb-earner";

    private static EventEnvelope<CredentialStatusChanged> change(CredentialIssued issued, String status,
            String reason, Instant at) {
        CredentialStatusChanged changed = new CredentialStatusChanged(issued.credentialId(), issued.enrolmentId(),
                issued.earnerId(), status, reason, "admin", at);
        return EventEnvelope.wrap(changed, "northbridge", issued.earnerId(), Instant.now(), null);
    }

    private static void publish(EventEnvelope<CredentialStatusChanged> event) {
        TestKafka.publish(WalletFixture.PREFIX, event.payload().earnerId(), event);
    }

    private static void awaitStatus(CredentialIssued issued, String status) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.user(EARNER))
                .get("/api/v1/wallet/credentials?limit=200").then().statusCode(200)
                .body("find { it.id == '" + issued.credentialId() + "' }.status", equalTo(status)));
    }

    /** Every event of the earner before it is consumed once a later one (same partition) shows. */
    private static void drain() {
        WalletFixture.delivered(EARNER, "Marker " + UUID.randomUUID());
    }

    @Test
    void aNewCredentialIsActiveAndARevocationShowsInTheListAndTheDetail() {
        CredentialIssued issued = WalletFixture.delivered(EARNER, "Revoked — Zoë");
        given().auth().oauth2(Tokens.user(EARNER)).get("/api/v1/wallet/credentials?limit=200")
                .then().body("find { it.id == '" + issued.credentialId() + "' }.status", equalTo("ACTIVE"))
                .body("find { it.id == '" + issued.credentialId() + "' }.statusReason", nullValue());

        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        publish(change(issued, "REVOKED", "Plagiarised evidence — Zoë", at));
        awaitStatus(issued, "REVOKED");
        given().auth().oauth2(Tokens.user(EARNER)).get("/api/v1/wallet/credentials?limit=200")
                .then().body("find { it.id == '" + issued.credentialId() + "' }.statusReason",
                        equalTo("Plagiarised evidence — Zoë"))
                .body("find { it.id == '" + issued.credentialId() + "' }.statusChangedAt", equalTo(at.toString()));
        given().auth().oauth2(Tokens.user(EARNER)).get("/api/v1/wallet/credentials/" + issued.credentialId())
                .then().statusCode(200)
                .header("Credential-Status", "REVOKED")
                .header("Credential-Status-Reason", "Plagiarised%20evidence%20%E2%80%94%20Zo%C3%AB")
                .body("credentialSubject.achievement.name", equalTo("Revoked — Zoë"));
    }

    @Test
    void aChangeDeliveredTwiceIsAppliedOnceAndAnOlderOneNeverUndoesANewer() {
        CredentialIssued issued = WalletFixture.delivered(EARNER, "Suspended then reinstated");
        Instant t1 = Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.MILLIS);
        EventEnvelope<CredentialStatusChanged> suspended = change(issued, "SUSPENDED", "Under review", t1);
        publish(suspended);
        publish(suspended);
        awaitStatus(issued, "SUSPENDED");

        publish(change(issued, "ACTIVE", "Review cleared", t1.plusSeconds(30)));
        awaitStatus(issued, "ACTIVE");

        // The suspension again: redelivered as is, and re-sent under a new event id.
        publish(suspended);
        publish(EventEnvelope.wrap(suspended.payload(), "northbridge", issued.earnerId(), Instant.now(), null));
        drain();
        given().auth().oauth2(Tokens.user(EARNER)).get("/api/v1/wallet/credentials?limit=200")
                .then().body("find { it.id == '" + issued.credentialId() + "' }.status", equalTo("ACTIVE"))
                .body("find { it.id == '" + issued.credentialId() + "' }.statusReason", equalTo("Review cleared"));
    }

    @Test
    void aStatusWithAnUnknownValueGoesToTheDeadLetterTopic() {
        CredentialIssued issued = WalletFixture.delivered(EARNER, "Unknown status");
        publish(change(issued, "EXPLODED", "?", Instant.now()));
        WalletFixture.awaitDeadLetter(issued.credentialId().toString(), "EXPLODED");
        drain();
        awaitStatus(issued, "ACTIVE");
    }
}
