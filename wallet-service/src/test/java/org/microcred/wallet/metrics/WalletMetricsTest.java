package org.microcred.wallet.metrics;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.events.EventEnvelope;
import org.microcred.events.issuance.CredentialIssued;
import org.microcred.support.testing.Scrape;
import org.microcred.wallet.WalletFixture;
import org.microcred.wallet.verification.TestIssuer;

/** /q/metrics: public Prometheus text, with the wallet's verifications and received credentials counted. */
@Tag("servers")
@QuarkusTest
class WalletMetricsTest {

    private static final String EARNER = "nb-earner";

    @Test
    void metricsArePublicPrometheusTextWithTheJvmHttpKafkaAndOutboxSeries() {
        // as Prometheus asks for its text format (a client that accepts anything gets OpenMetrics)
        given().accept("text/plain").get("/q/metrics").then().statusCode(200)
                .contentType(startsWith("text/plain"))
                .body(containsString("# TYPE jvm_memory_used_bytes gauge"))
                .body(containsString("microcred_outbox_backlog"))
                .body(containsString("microcred_outbox_oldest_age_seconds"))
                .body(containsString("microcred_outbox_parked"))
                .body(containsString("kafka_consumer_fetch_manager_records_lag_max"));
        // after a request, its latency as a histogram under its templated path
        given().get("/api/v1/wallet/credentials").then().statusCode(401);
        given().accept("text/plain").get("/q/metrics").then()
                .body(containsString("http_server_requests_seconds_bucket{"))
                .body(containsString("uri=\"/api/v1/wallet/credentials\""));
    }

    @Test
    void aVerificationCountsEachOfItsChecksByResult() {
        double proofPassed = Scrape.value("microcred_verifications_total", "check", "proof", "result", "passed");
        double knownFailed = Scrape.value("microcred_verifications_total", "check", "issuer-known", "result",
                "failed");
        TestIssuer issuer = TestIssuer.didKey();
        WalletFixture.publicClient().contentType(ContentType.JSON)
                .body(issuer.sign(issuer.credential("Counted verification")))
                .post("/api/v1/verify").then().statusCode(200);

        assertEquals(proofPassed + 1,
                Scrape.value("microcred_verifications_total", "check", "proof", "result", "passed"));
        assertEquals(knownFailed + 1,
                Scrape.value("microcred_verifications_total", "check", "issuer-known", "result", "failed"));
    }

    @Test
    void aCredentialDeliveredTwiceIsCountedReceivedOnce() {
        EventEnvelope<CredentialIssued> twice = WalletFixture.issued(EARNER, "Counted once", Instant.now());
        String tenant = twice.tenantId();
        double before = Scrape.settled("microcred_credentials_received_total", "tenant", tenant);
        WalletFixture.publish(twice);
        WalletFixture.publish(twice);
        WalletFixture.awaitInWallet(EARNER, twice.payload().credentialId());
        // the second delivery is applied (skipped) after the first: a later credential marks that it is done
        WalletFixture.delivered(EARNER, "After the repeat");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertEquals(before + 2,
                Scrape.value("microcred_credentials_received_total", "tenant", tenant),
                Scrape.lines("microcred_credentials_received_total")));
    }

    @Test
    void aMessageGivenUpOnIsCountedAsADeadLetter() {
        double before = Scrape.value("microcred_dead_letters_total", "channel", "wallet");
        CredentialIssued good = WalletFixture.delivered(EARNER, "Before the poison");
        CredentialIssued withoutDocument = new CredentialIssued(java.util.UUID.randomUUID(), good.enrolmentId(),
                good.assessmentId(), good.achievementId(), 1, good.earnerId(), "No document", null, Instant.now(),
                null);
        WalletFixture.publish(EventEnvelope.wrap(withoutDocument, "northbridge", good.earnerId(), Instant.now(), null));
        WalletFixture.awaitDeadLetter(withoutDocument.credentialId().toString());

        // at least: a poison message of another test may be given up on meanwhile
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertTrue(
                Scrape.value("microcred_dead_letters_total", "channel", "wallet") >= before + 1,
                Scrape.lines("microcred_dead_letters_total")));
    }
}
