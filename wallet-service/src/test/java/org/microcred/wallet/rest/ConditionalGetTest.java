package org.microcred.wallet.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.events.EventCodec;
import org.microcred.events.EventEnvelope;
import org.microcred.events.issuance.CredentialIssued;
import org.microcred.events.issuance.CredentialStatusChanged;
import org.microcred.support.testing.TestKafka;
import org.microcred.support.testing.Tokens;
import org.microcred.wallet.WalletFixture;
import org.microcred.wallet.verification.TestIssuer;

/** ETags on the earner's documents: 304 to a client holding the current one, a new one when the status changes. */
@Tag("servers")
@QuarkusTest
class ConditionalGetTest {

    private static final String EARNER = "nb-earner";

    private static RequestSpecification asEarner() {
        return given().auth().oauth2(Tokens.user(EARNER));
    }

    private static String path(UUID id) {
        return "/api/v1/wallet/credentials/" + id;
    }

    private static String etagOf(String path, String accept) {
        String etag = asEarner().accept(accept).get(path).then().statusCode(200)
                .header("Cache-Control", "private, no-cache").extract().header("ETag");
        assertNotNull(etag, path);
        return etag;
    }

    @Test
    void theCurrentTagAnswers304WithoutABodyAndAnotherAnswers200() {
        CredentialIssued issued = WalletFixture.delivered(EARNER, "Conditional");
        String etag = etagOf(path(issued.credentialId()), "application/json");

        for (String ifNoneMatch : new String[] {etag, "\"stale\", " + etag, "*", "W/" + etag}) {
            asEarner().header("If-None-Match", ifNoneMatch).get(path(issued.credentialId()))
                    .then().statusCode(304).header("ETag", etag).header("Cache-Control", "private, no-cache")
                    .body(emptyString());
        }
        asEarner().header("If-None-Match", "\"stale\"").get(path(issued.credentialId()))
                .then().statusCode(200).header("ETag", etag)
                .body("credentialSubject.achievement.name", equalTo("Conditional"));
        // Another earner holding the tag learns nothing: 404 before any comparison.
        given().auth().oauth2(Tokens.user("nb-earner2")).header("If-None-Match", etag).get(path(issued.credentialId()))
                .then().statusCode(404);
    }

    @Test
    void theTagChangesWhenTheStatusChanges() {
        CredentialIssued issued = WalletFixture.delivered(EARNER, "Conditional, then suspended");
        String before = etagOf(path(issued.credentialId()), "application/json");

        CredentialStatusChanged suspended = new CredentialStatusChanged(issued.credentialId(), issued.enrolmentId(),
                issued.earnerId(), "SUSPENDED", "Under review", "admin", Instant.now());
        TestKafka.publish(WalletFixture.PREFIX, issued.earnerId(),
                EventEnvelope.wrap(suspended, "northbridge", issued.earnerId(), Instant.now(), null));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> asEarner().get(path(issued.credentialId()))
                .then().statusCode(200).header("Credential-Status", "SUSPENDED"));

        String after = etagOf(path(issued.credentialId()), "application/json");
        assertNotEquals(before, after);
        asEarner().header("If-None-Match", before).get(path(issued.credentialId()))
                .then().statusCode(200).header("ETag", after).header("Credential-Status", "SUSPENDED");
        asEarner().header("If-None-Match", after).get(path(issued.credentialId())).then().statusCode(304);
    }

    @Test
    void theJsonAndJwtFormsHaveTagsOfTheirOwn() throws IOException {
        TestIssuer issuer = TestIssuer.didKey();
        ObjectNode unsigned = issuer.credential("Two forms");
        String signed = issuer.sign(unsigned);
        UUID id = UUID.randomUUID();
        CredentialIssued payload = new CredentialIssued(id, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                1, Tokens.claim(EARNER, "sub"), "Two forms", EventCodec.mapper().readTree(signed), Instant.now(),
                issuer.signJwt(unsigned), null, signed);
        WalletFixture.publish(EventEnvelope.wrap(payload, Tokens.claim(EARNER, "tenant"), id.toString(),
                Instant.now(), null));
        WalletFixture.awaitInWallet(EARNER, id);

        String json = etagOf(path(id), "application/json");
        String jwt = etagOf(path(id), "application/vc+jwt");
        assertNotEquals(json, jwt);
        asEarner().accept("application/vc+jwt").header("If-None-Match", jwt).get(path(id)).then().statusCode(304)
                .header("Vary", "Accept");
        // The JSON form's tag does not stand for the JWT form.
        asEarner().accept("application/vc+jwt").header("If-None-Match", json).get(path(id))
                .then().statusCode(200).contentType("application/vc+jwt").body(equalTo(payload.credentialJwt()));
    }

    @Test
    void bakedBadgesAnswer304ToTheirCurrentTag() {
        CredentialIssued issued = WalletFixture.delivered(EARNER, "Conditional badge");
        for (String form : new String[] {"/baked.png", "/baked.svg"}) {
            String etag = asEarner().get(path(issued.credentialId()) + form).then().statusCode(200)
                    .header("Cache-Control", "private, no-cache").extract().header("ETag");
            assertNotNull(etag, form);
            asEarner().header("If-None-Match", etag).get(path(issued.credentialId()) + form)
                    .then().statusCode(304).header("ETag", etag);
            assertEquals(200, asEarner().header("If-None-Match", "\"stale\"").get(path(issued.credentialId()) + form)
                    .statusCode());
        }
    }
}
