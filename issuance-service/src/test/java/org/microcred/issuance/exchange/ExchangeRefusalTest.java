package org.microcred.issuance.exchange;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.issuance.Db;
import org.microcred.support.problem.Problem;
import org.microcred.credentials.testing.TestPresentations.Suite;

/**
 * Each way an exchange refuses a wallet: replayed once completed (409 exchange-completed), expired (410
 * exchange-expired), a DID authentication for another challenge or domain or by a key that is not the holder's (400
 * did-authentication-failed, the exchange left usable, closed after the configured number of failures), and another
 * earner's award (404, as if it did not exist).
 */
@Tag("servers")
@QuarkusTest
@QuarkusTestResource(Ed25519Signature2020ContextResource.class)
class ExchangeRefusalTest {

    private static UUID award;

    @BeforeEach
    void awardOnce() {
        if (award == null) {
            award = ExchangeClient.awardOf("nb-earner");
        }
    }

    @Test
    void aCompletedExchangeRefusesToDeliverAgain() {
        LcwTestWallet wallet = new LcwTestWallet();
        Started exchange = Started.open(award);
        ExchangeClient.complete(exchange.url, exchange.signedBy(wallet)).then().statusCode(200);

        ExchangeClient.complete(exchange.url, exchange.signedBy(wallet)).then().statusCode(409)
                .body("type", equalTo(Problem.TYPE_BASE + "exchange-completed"));
        ExchangeClient.start(exchange.url).then().statusCode(409);
    }

    @Test
    void anExpiredExchangeIsRefused() {
        LcwTestWallet wallet = new LcwTestWallet();
        Started exchange = Started.open(award);
        JsonNode presentation = exchange.signedBy(wallet);
        expire(exchange.challenge);

        ExchangeClient.complete(exchange.url, presentation).then().statusCode(410)
                .body("type", equalTo(Problem.TYPE_BASE + "exchange-expired"));
        ExchangeClient.start(exchange.url).then().statusCode(410);
    }

    @Test
    void aDidAuthenticationForAnotherChallengeIsRefusedAndLeavesTheExchangeUsable() {
        LcwTestWallet wallet = new LcwTestWallet();
        Started exchange = Started.open(award);

        refused(exchange, wallet.didAuthentication(Suite.EDDSA_RDFC_2022, "another-challenge", exchange.domain),
                "challenge-mismatch");

        ExchangeClient.complete(exchange.url, exchange.signedBy(wallet)).then().statusCode(200);
    }

    @Test
    void aDidAuthenticationForAnotherDomainIsRefused() {
        Started exchange = Started.open(award);

        refused(exchange, new LcwTestWallet().didAuthentication(Suite.EDDSA_RDFC_2022, exchange.challenge,
                "https://elsewhere.example"), "domain-mismatch");
    }

    @Test
    void aProofByAKeyOtherThanTheHoldersDidIsRefused() {
        LcwTestWallet holder = new LcwTestWallet();
        LcwTestWallet other = new LcwTestWallet();
        Started exchange = Started.open(award);

        refused(exchange, other.claimingToBe(holder, Suite.EDDSA_RDFC_2022, exchange.challenge,
                exchange.domain), "key-not-of-holder");
        assertEquals(0, Db.count("SELECT count(*) FROM holder_copy WHERE holder_did = '" + holder.did() + "'"));
    }

    @Test
    void theExchangeClosesAfterTheConfiguredNumberOfFailedAuthentications() {
        LcwTestWallet wallet = new LcwTestWallet();
        Started exchange = Started.open(award);
        for (int i = 0; i < 5; i++) {
            refused(exchange, wallet.didAuthentication(Suite.EDDSA_RDFC_2022, "wrong-" + i, exchange.domain),
                    "challenge-mismatch");
        }

        ExchangeClient.complete(exchange.url, exchange.signedBy(wallet)).then().statusCode(410)
                .body("type", equalTo(Problem.TYPE_BASE + "exchange-closed"));
    }

    @Test
    void anotherEarnersAwardCannotBeSentAndAnUnknownExchangeIsNotFound() {
        ExchangeClient.create("nb-earner2", award).then().statusCode(404);
        ExchangeClient.create("sp-earner", award).then().statusCode(404);
        ExchangeClient.create("nb-admin", award).then().statusCode(403);

        ExchangeClient.start("http://localhost:8084/exchanges/" + "A".repeat(43)).then().statusCode(404);
    }

    private static void refused(Started exchange, JsonNode presentation, String reason) {
        ExchangeClient.complete(exchange.url, presentation).then().statusCode(400)
                .body("type", equalTo(Problem.TYPE_BASE + "did-authentication-failed"))
                .body("errors[0].message", equalTo(reason));
    }

    private static void expire(String challenge) {
        assertEquals(1, Db.update("UPDATE vcapi_exchange SET expires_at = now() - interval '1 second'"
                + " WHERE challenge = '" + challenge + "'"));
    }

    /** A started exchange: its URL and what it asked the wallet to sign. */
    private record Started(String url, String challenge, String domain) {

        static Started open(UUID award) {
            String url = ExchangeClient.made("nb-earner", award).getString("exchangeUrl");
            JsonPath request = ExchangeClient.start(url).then().statusCode(200).extract().jsonPath();
            return new Started(url, request.getString("verifiablePresentationRequest.challenge"),
                    request.getString("verifiablePresentationRequest.domain"));
        }

        JsonNode signedBy(LcwTestWallet wallet) {
            return wallet.didAuthentication(Suite.EDDSA_RDFC_2022, challenge, domain);
        }
    }
}
