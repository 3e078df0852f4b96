package org.microcred.wallet.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.events.EventEnvelope;
import org.microcred.events.issuance.CredentialIssued;
import org.microcred.events.issuance.CredentialResigned;
import org.microcred.support.testing.Scrape;
import org.microcred.support.testing.TestKafka;
import org.microcred.support.testing.Tokens;
import org.microcred.wallet.WalletFixture;

/**
 * credential.resigned over the real broker: the document and VC-JWT the wallet keeps are replaced by the ones signed
 * again under the key URL, and everything served from them follows; the same again, an unknown credential and a
 * removed one change nothing.
 */
@Tag("servers")
@QuarkusTest
class ResignedCredentialTest {

    private static final String EARNER = "nb-earner";
    private static final String KEY_URL = "https://northbridge.example/issuer/keys/key-5f0c2a9e41b7";
    private static final String NEW_JWT = "eyJhbGciOiJFZERTQSIsImtpZCI6ImtleS11cmwifQ.eyJyZXNpZ25lZCI6dHJ1ZX0.c2lnbmVk";

    @Test
    void theResignedDocumentAndJwtReplaceTheKeptOnesWhereverTheyAreServed() {
        CredentialIssued issued = WalletFixture.delivered(EARNER, "Signed again — Zoë");
        String share = given().auth().oauth2(Tokens.user(EARNER)).contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/wallet/credentials/" + issued.credentialId() + "/shares")
                .then().statusCode(201).extract().path("url");
        String text = resignedText(issued);

        publish(resigned(issued, text));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals(text, download(issued)));

        assertEquals(NEW_JWT, given().auth().oauth2(Tokens.user(EARNER)).accept("application/vc+jwt")
                .get("/api/v1/wallet/credentials/" + issued.credentialId()).then().statusCode(200).extract().asString());
        assertEquals(text, WalletFixture.publicClient().get(WalletFixture.pathOf(share) + "/credential.json")
                .then().statusCode(200).extract().asString(), "the share link serves the new text");
        given().auth().oauth2(Tokens.user(EARNER))
                .get("/api/v1/wallet/credentials/" + issued.credentialId() + "/baked.svg")
                .then().statusCode(200).body(containsString(NEW_JWT));
    }

    @Test
    void theSameDocumentAgainChangesNothingAndAnUnknownCredentialIsIgnored() {
        CredentialIssued issued = WalletFixture.delivered(EARNER, "Signed again twice");
        String tenant = Tokens.claim(EARNER, "tenant");
        double before = Scrape.settled("microcred_credentials_resigned_total", "tenant", tenant);
        EventEnvelope<CredentialResigned> once = resigned(issued, resignedText(issued));

        publish(once);
        publish(once);
        publish(EventEnvelope.wrap(once.payload(), once.tenantId(), once.subject(), Instant.now(), null));
        UUID unknown = UUID.randomUUID();
        ObjectNode neverDelivered = WalletFixture.document(unknown, "Never delivered");
        publish(EventEnvelope.wrap(new CredentialResigned(unknown, issued.earnerId(), resignedText(neverDelivered),
                NEW_JWT, KEY_URL, Instant.now()), once.tenantId(), issued.earnerId(), Instant.now(), null));
        // Events of one earner are applied in order: once a later credential is in, all of the above were applied.
        WalletFixture.delivered(EARNER, "After the repeats");

        assertEquals(once.payload().credentialText(), download(issued));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertEquals(before + 1,
                Scrape.value("microcred_credentials_resigned_total", "tenant", tenant),
                "replaced once: " + Scrape.lines("microcred_credentials_resigned_total")));
        given().auth().oauth2(Tokens.user(EARNER)).get("/api/v1/wallet/credentials/" + unknown)
                .then().statusCode(404);
    }

    @Test
    void aCredentialItsEarnerRemovedStaysRemoved() {
        CredentialIssued issued = WalletFixture.delivered(EARNER, "Removed, then signed again");
        given().auth().oauth2(Tokens.user(EARNER)).delete("/api/v1/wallet/credentials/" + issued.credentialId())
                .then().statusCode(204);

        publish(resigned(issued, resignedText(issued)));
        WalletFixture.delivered(EARNER, "After the removed one");

        given().auth().oauth2(Tokens.user(EARNER)).get("/api/v1/wallet/credentials/" + issued.credentialId())
                .then().statusCode(404);
    }

    /** The delivered document with a proof naming the key URL, written with spacing a re-serialisation would lose. */
    private static String resignedText(CredentialIssued issued) {
        return resignedText((ObjectNode) issued.credential().deepCopy());
    }

    private static String resignedText(ObjectNode document) {
        ObjectNode proof = document.putArray("proof").addObject();
        proof.put("type", "DataIntegrityProof").put("cryptosuite", "eddsa-rdfc-2022")
                .put("verificationMethod", KEY_URL).put("proofPurpose", "assertionMethod")
                .put("proofValue", "z3FXQjecWufY46yg5abdVZsXqLhxhueuSoZgNSARiKBk");
        return document.toString().replace("\"proof\":", "\"proof\" : ");
    }

    private static EventEnvelope<CredentialResigned> resigned(CredentialIssued issued, String text) {
        return EventEnvelope.wrap(new CredentialResigned(issued.credentialId(), issued.earnerId(), text, NEW_JWT,
                KEY_URL, Instant.now()), Tokens.claim(EARNER, "tenant"), issued.earnerId(), Instant.now(), null);
    }

    /** Keyed by earner id, as issuance publishes credential.resigned. */
    private static void publish(EventEnvelope<CredentialResigned> event) {
        TestKafka.publish(WalletFixture.PREFIX, event.payload().earnerId(), event);
    }

    private static String download(CredentialIssued issued) {
        return given().auth().oauth2(Tokens.user(EARNER)).accept("application/json")
                .get("/api/v1/wallet/credentials/" + issued.credentialId()).then().statusCode(200).extract().asString();
    }
}
