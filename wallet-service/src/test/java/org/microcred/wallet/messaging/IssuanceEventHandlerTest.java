package org.microcred.wallet.messaging;

import org.junit.jupiter.api.Tag;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microcred.events.EventCodec;
import org.microcred.events.EventEnvelope;
import org.microcred.events.Topics;
import org.microcred.events.issuance.CredentialIssued;
import org.microcred.events.wallet.CredentialStored;
import org.microcred.support.testing.TestKafka;
import org.microcred.support.testing.Tokens;
import org.microcred.wallet.WalletFixture;

/** Credentials arrive from issuance over the real broker: each stored once, exactly as sent. */
@Tag("servers")
@QuarkusTest
class IssuanceEventHandlerTest {

    private static final String EARNER = "nb-earner";

    @Test
    void anIssuedCredentialArrivesInItsEarnersWalletNewestFirst() {
        // Older by seconds, not hours: the list shows the newest 200, and the test database keeps every
        // credential earlier runs delivered to this earner.
        EventEnvelope<CredentialIssued> older =
                WalletFixture.issued(EARNER, "Older credential", Instant.now().minusSeconds(5));
        EventEnvelope<CredentialIssued> newer = WalletFixture.issued(EARNER, "Newer credential", Instant.now());
        WalletFixture.publish(older);
        WalletFixture.publish(newer);
        WalletFixture.awaitInWallet(EARNER, older.payload().credentialId());
        WalletFixture.awaitInWallet(EARNER, newer.payload().credentialId());

        List<String> ids = given().auth().oauth2(Tokens.user(EARNER)).get("/api/v1/wallet/credentials?limit=200")
                .then().statusCode(200)
                .body("find { it.id == '" + newer.payload().credentialId() + "' }.achievementName",
                        equalTo("Newer credential"))
                .body("find { it.id == '" + newer.payload().credentialId() + "' }.issuerName",
                        equalTo(WalletFixture.ISSUER))
                .body("find { it.id == '" + newer.payload().credentialId() + "' }.enrolmentId",
                        equalTo(newer.payload().enrolmentId().toString()))
                .extract().path("id");
        assertTrue(ids.indexOf(newer.payload().credentialId().toString())
                < ids.indexOf(older.payload().credentialId().toString()), "newest first: " + ids);
    }

    @Test
    void theSameEventDeliveredTwiceStoresOneEntryAndAnnouncesItOnce() {
        EventEnvelope<CredentialIssued> twice = WalletFixture.issued(EARNER, "Delivered twice", Instant.now());
        WalletFixture.publish(twice);
        WalletFixture.publish(twice);
        assertStoredOnce(twice.payload());
    }

    @Test
    void theSameCredentialSentAgainUnderANewEventIdIsStoredOnce() {
        EventEnvelope<CredentialIssued> first = WalletFixture.issued(EARNER, "Sent again", Instant.now());
        EventEnvelope<CredentialIssued> again =
                EventEnvelope.wrap(first.payload(), first.tenantId(), first.subject(), Instant.now(), null);
        WalletFixture.publish(first);
        WalletFixture.publish(again);
        assertStoredOnce(first.payload());
    }

    /**
     * The wallet keeps the event's {@code credentialText}, not its parsed {@code credential}: the same document, but
     * written so that parsing and writing it again would change its bytes.
     */
    @Test
    void theDocumentIsKeptByteForByteAsIssuanceWroteIt() throws Exception {
        UUID credentialId = UUID.randomUUID();
        // Whitespace, key order, a trailing zero and escapes that a parse-and-write would normalise.
        String document = "{\n  \"type\" : [\"VerifiableCredential\", \"OpenBadgeCredential\"],\n"
                + "  \"id\": \"urn:uuid:" + credentialId + "\",\n"
                + "  \"issuer\": {\"name\": \"SAFe® Institute — Zoë\", \"url\": \"https:\\/\\/safe.example\"},\n"
                + "  \"credentialSubject\": {\"achievement\": {\"name\": \"日本語 SAFe® \\u00e9\"}, \"score\": 1.10}\n}";
        String message = "{\"eventId\":\"" + UUID.randomUUID() + "\",\"type\":\"credential.issued\","
                + "\"occurredAt\":\"" + Instant.now() + "\",\"tenantId\":\"northbridge\",\"subject\":\"" + credentialId
                + "\",\"schemaVersion\":1,\"payload\":{\"credentialId\":\"" + credentialId + "\",\"enrolmentId\":\""
                + UUID.randomUUID() + "\",\"assessmentId\":\"" + UUID.randomUUID() + "\",\"achievementId\":\""
                + UUID.randomUUID() + "\",\"achievementVersion\":1,\"earnerId\":\"" + Tokens.claim(EARNER, "sub")
                + "\",\"achievementName\":\"日本語 SAFe®\",\"credential\":" + document
                + ",\"credentialText\":" + EventCodec.mapper().writeValueAsString(document)
                + ",\"issuedAt\":\"" + Instant.now() + "\"}}";
        TestKafka.send(WalletFixture.PREFIX + Topics.ISSUANCE, Tokens.claim(EARNER, "sub"), message);
        WalletFixture.awaitInWallet(EARNER, credentialId);

        byte[] answered = given().auth().oauth2(Tokens.user(EARNER)).get("/api/v1/wallet/credentials/" + credentialId)
                .then().statusCode(200).contentType("application/json")
                .extract().asByteArray();
        assertArrayEquals(document.getBytes(StandardCharsets.UTF_8), answered);
        given().auth().oauth2(Tokens.user(EARNER)).get("/api/v1/wallet/credentials?limit=200")
                .then().body("find { it.id == '" + credentialId + "' }.issuerName", equalTo("SAFe® Institute — Zoë"))
                .body("find { it.id == '" + credentialId + "' }.achievementName", equalTo("日本語 SAFe®"));

        String url = given().auth().oauth2(Tokens.user(EARNER)).contentType("application/json").body("{}")
                .post("/api/v1/wallet/credentials/" + credentialId + "/shares")
                .then().statusCode(201).extract().path("url");
        String shared = new String(WalletFixture.publicClient().get(WalletFixture.pathOf(url))
                .then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        assertTrue(shared.contains("\"credential\":" + document), "the public page embeds the same bytes: " + shared);
    }

    @Test
    void aCredentialWithoutADocumentGoesToTheDeadLetterTopicAndDoesNotBlockTheWallet() {
        EventEnvelope<CredentialIssued> good = WalletFixture.issued(EARNER, "After the poison", Instant.now());
        CredentialIssued p = good.payload();
        CredentialIssued withoutDocument = new CredentialIssued(UUID.randomUUID(), p.enrolmentId(), p.assessmentId(),
                p.achievementId(), 1, p.earnerId(), "No document", null, Instant.now(), null);
        EventEnvelope<CredentialIssued> poison =
                EventEnvelope.wrap(withoutDocument, "northbridge", p.earnerId(), Instant.now(), null);
        WalletFixture.publish(poison);
        WalletFixture.publish(good);

        WalletFixture.awaitInWallet(EARNER, p.credentialId());
        WalletFixture.awaitDeadLetter(withoutDocument.credentialId().toString());
        given().auth().oauth2(Tokens.user(EARNER)).get("/api/v1/wallet/credentials/" + withoutDocument.credentialId())
                .then().statusCode(404);
    }

    /** One wallet entry, and once its announcement is out, no second one follows it. */
    private static void assertStoredOnce(CredentialIssued issued) {
        // A later credential of the same earner goes to the same partition: once it is stored and
        // announced, every copy before it was consumed and any second announcement was written.
        CredentialIssued marker = WalletFixture.delivered(EARNER, "Marker");
        WalletFixture.awaitWalletEvent(marker.enrolmentId().toString(), CredentialStored.class,
                s -> s.credentialId().equals(marker.credentialId()));

        List<CredentialStored> announcements = stored(issued);
        assertEquals(1, announcements.size(), "one wallet.credential.stored: " + announcements);
        assertEquals(issued.enrolmentId(), announcements.get(0).enrolmentId());
        List<String> ids = given().auth().oauth2(Tokens.user(EARNER)).get("/api/v1/wallet/credentials?limit=200")
                .then().statusCode(200).extract().path("id");
        assertEquals(1, ids.stream().filter(issued.credentialId().toString()::equals).count());
    }

    private static List<CredentialStored> stored(CredentialIssued issued) {
        return WalletFixture.walletEvents(issued.enrolmentId().toString(), CredentialStored.class).stream()
                .filter(s -> s.credentialId().equals(issued.credentialId()))
                .toList();
    }
}
