package org.microcred.wallet;

import org.junit.jupiter.api.Tag;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microcred.events.EventCodec;
import org.microcred.events.EventEnvelope;
import org.microcred.events.issuance.CredentialIssued;
import org.microcred.events.wallet.CredentialShared;
import org.microcred.events.wallet.CredentialStored;
import org.microcred.support.testing.Tokens;
import org.microcred.wallet.verification.TestIssuer;

/**
 * A pathway's stacked credential ({@code credential.issued} with {@code pathwayId}, no enrolment, no
 * assessment) is stored, listed as a pathway credential, served, shared and verified like any other; the
 * wallet's events about it carry a null enrolmentId and are keyed {@code <pathwayId>:<earnerId>}.
 */
@Tag("servers")
@QuarkusTest
class PathwayCredentialTest {

    private static final String EARNER = "nb-earner";

    /** Signed as issuance signs a stacked credential: the pathway as achievement, components as evidence. */
    private static EventEnvelope<CredentialIssued> stacked(TestIssuer issuer, UUID pathwayId) throws Exception {
        ObjectNode credential = issuer.credential("Data Analyst Certificate 日本語");
        ObjectNode achievement = (ObjectNode) credential.at("/credentialSubject/achievement");
        achievement.put("id", "urn:uuid:" + pathwayId);
        achievement.put("achievementType", "Certificate");
        achievement.put("version", "1");
        ObjectNode component = credential.putArray("evidence").addObject();
        component.put("id", "urn:uuid:" + UUID.randomUUID());
        component.putArray("type").add("Evidence");
        component.put("name", "Spreadsheets SAFe® — Zoë");
        component.put("narrative", "The credential Spreadsheets SAFe® — Zoë counts toward Data Analyst Certificate.");
        String signedText = issuer.sign(credential);
        JsonNode signed = EventCodec.mapper().readTree(signedText);
        UUID credentialId = UUID.fromString(signed.get("id").asText().substring("urn:uuid:".length()));
        CredentialIssued payload = new CredentialIssued(credentialId, null, null, pathwayId, 1,
                Tokens.claim(EARNER, "sub"), "Data Analyst Certificate 日本語", signed, Instant.now(), null,
                pathwayId, signedText);
        return EventEnvelope.wrap(payload, Tokens.claim(EARNER, "tenant"), payload.earnerId(), Instant.now(),
                null);
    }

    private static String key(CredentialIssued issued) {
        return issued.pathwayId() + ":" + issued.earnerId();
    }


    @Test
    void aStackedCredentialIsStoredOnceAndListedAsAPathwayCredential() throws Exception {
        UUID pathwayId = UUID.randomUUID();
        EventEnvelope<CredentialIssued> event = stacked(TestIssuer.didKey(), pathwayId);
        CredentialIssued issued = event.payload();
        WalletFixture.publish(event);
        WalletFixture.publish(event);
        WalletFixture.awaitInWallet(EARNER, issued.credentialId());
        // A later credential of the same earner (same key, same partition): every copy before it was consumed.
        CredentialIssued marker = WalletFixture.delivered(EARNER, "After the stacked one");

        given().auth().oauth2(Tokens.user(EARNER)).get("/api/v1/wallet/credentials?limit=200")
                .then().statusCode(200)
                .body("findAll { it.id == '" + issued.credentialId() + "' }.size()", equalTo(1))
                .body("find { it.id == '" + issued.credentialId() + "' }.kind", equalTo("pathway"))
                .body("find { it.id == '" + issued.credentialId() + "' }.pathwayId", equalTo(pathwayId.toString()))
                .body("find { it.id == '" + issued.credentialId() + "' }.achievementId", equalTo(pathwayId.toString()))
                .body("find { it.id == '" + issued.credentialId() + "' }.achievementVersion", equalTo(1))
                .body("find { it.id == '" + issued.credentialId() + "' }.enrolmentId", nullValue())
                .body("find { it.id == '" + issued.credentialId() + "' }.achievementName",
                        equalTo("Data Analyst Certificate 日本語"))
                .body("find { it.id == '" + marker.credentialId() + "' }.kind", equalTo("micro-credential"))
                .body("find { it.id == '" + marker.credentialId() + "' }.pathwayId", nullValue());

        byte[] served = given().auth().oauth2(Tokens.user(EARNER)).get("/api/v1/wallet/credentials/"
                + issued.credentialId()).then().statusCode(200).extract().asByteArray();
        assertEquals(issued.credential(), EventCodec.mapper().readTree(served));

        WalletFixture.awaitWalletEvent(key(issued), CredentialStored.class,
                s -> s.credentialId().equals(issued.credentialId()));
        // The marker was stored after both copies: once its announcement is out, a second one would be too.
        WalletFixture.awaitWalletEvent(marker.enrolmentId().toString(), CredentialStored.class,
                s -> s.credentialId().equals(marker.credentialId()));
        List<CredentialStored> stored = WalletFixture.walletEvents(key(issued), CredentialStored.class);
        assertEquals(1, stored.size(), "announced once: " + stored);
        assertEquals(issued.credentialId(), stored.get(0).credentialId());
        assertNull(stored.get(0).enrolmentId());
    }

    @Test
    void aStackedCredentialIsSharedAndItsPublicPageVerifiesIt() throws Exception {
        TestIssuer issuer = TestIssuer.didKey();
        EventEnvelope<CredentialIssued> event = stacked(issuer, UUID.randomUUID());
        CredentialIssued issued = event.payload();
        WalletFixture.publish(event);
        WalletFixture.awaitInWallet(EARNER, issued.credentialId());

        String url = given().auth().oauth2(Tokens.user(EARNER)).contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/wallet/credentials/" + issued.credentialId() + "/shares")
                .then().statusCode(201).extract().path("url");
        byte[] page = WalletFixture.publicClient().get(WalletFixture.pathOf(url))
                .then().statusCode(200)
                .body("kind", equalTo("pathway"))
                .body("achievementName", equalTo("Data Analyst Certificate 日本語"))
                .body("credential.credentialSubject.achievement.achievementType", equalTo("Certificate"))
                .body("verification.verified", equalTo(true))
                .body("verification.issuer", equalTo(issuer.id))
                // Signed by a did:key of the test's own: authentic, its issuer not one this deployment knows.
                .body("verification.checks.findAll { !it.passed }.check", equalTo(List.of("issuer-known")))
                .extract().asByteArray();
        assertEquals(issued.credential(), EventCodec.mapper().readTree(page).get("credential"));

        CredentialShared shared = WalletFixture.awaitWalletEvent(key(issued), CredentialShared.class, s -> true);
        assertEquals(issued.credentialId(), shared.credentialId());
        assertNull(shared.enrolmentId());

        WalletFixture.publicClient().contentType(ContentType.JSON).body(issued.credential().toString())
                .post("/api/v1/verify").then().statusCode(200)
                .body("verified", equalTo(true))
                .body("checks.find { it.check == 'structure' }.detail",
                        equalTo("well-formed as an Open Badges 3.0 credential"))
                .body("checks.find { it.check == 'validity-window' }.detail",
                        matchesPattern("valid from \\S+Z with no end"));
    }

    @Test
    void aCredentialThatNamesNeitherAnEnrolmentNorAPathwayIsDeadLettered() throws Exception {
        EventEnvelope<CredentialIssued> valid = stacked(TestIssuer.didKey(), UUID.randomUUID());
        CredentialIssued p = valid.payload();
        CredentialIssued orphan = new CredentialIssued(p.credentialId(), null, null, p.achievementId(), 1,
                p.earnerId(), p.achievementName(), p.credential(), p.issuedAt(), null, null);
        WalletFixture.publish(EventEnvelope.wrap(orphan, valid.tenantId(), p.earnerId(), Instant.now(), null));
        WalletFixture.delivered(EARNER, "After the orphan");

        WalletFixture.awaitDeadLetter(p.credentialId().toString());
        given().auth().oauth2(Tokens.user(EARNER)).get("/api/v1/wallet/credentials/" + p.credentialId())
                .then().statusCode(404);
    }
}
