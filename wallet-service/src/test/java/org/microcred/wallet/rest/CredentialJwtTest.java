package org.microcred.wallet.rest;

import org.junit.jupiter.api.Tag;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microcred.credentials.baking.SvgBaking;
import org.microcred.events.EventCodec;
import org.microcred.events.EventEnvelope;
import org.microcred.events.issuance.CredentialIssued;
import org.microcred.support.testing.Tokens;
import org.microcred.wallet.WalletFixture;
import org.microcred.wallet.verification.TestIssuer;

/**
 * A credential.issued carrying the VC-JWT form too: the wallet keeps it, answers it on
 * {@code Accept: application/vc+jwt}, and bakes it into the SVG's {@code verify} attribute; without one the
 * JSON form still works everywhere and the JWT form is 406.
 */
@Tag("servers")
@QuarkusTest
class CredentialJwtTest {

    private static final String EARNER = "nb-earner";

    /** Delivers the issuer's credential signed both ways (Data Integrity and VC-JWT), or without the JWT. */
    private static CredentialIssued delivered(String name, boolean withJwt, String jwtOverride) throws IOException {
        TestIssuer issuer = TestIssuer.didKey();
        ObjectNode unsigned = issuer.credential(name);
        String jwt = jwtOverride != null ? jwtOverride : withJwt ? issuer.signJwt(unsigned) : null;
        UUID credentialId = UUID.randomUUID();
        String signed = issuer.sign(unsigned);
        CredentialIssued payload = new CredentialIssued(credentialId, UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), 1, Tokens.claim(EARNER, "sub"), name, EventCodec.mapper().readTree(signed),
                Instant.now(), jwt, null, signed);
        WalletFixture.publish(EventEnvelope.wrap(payload, Tokens.claim(EARNER, "tenant"),
                credentialId.toString(), Instant.now(), null));
        WalletFixture.awaitInWallet(EARNER, credentialId);
        return payload;
    }

    private static String path(CredentialIssued issued) {
        return "/api/v1/wallet/credentials/" + issued.credentialId();
    }

    private static byte[] bakedSvg(CredentialIssued issued) {
        return given().auth().oauth2(Tokens.user(EARNER)).get(path(issued) + "/baked.svg")
                .then().statusCode(200).contentType("image/svg+xml").extract().asByteArray();
    }

    @Test
    void acceptVcJwtAnswersTheCompactJwsAndJsonStaysTheDefault() throws IOException {
        CredentialIssued issued = delivered("JWT form — Zoë 日本語", true, null);
        given().auth().oauth2(Tokens.user(EARNER)).accept("application/vc+jwt").get(path(issued))
                .then().statusCode(200).contentType("application/vc+jwt")
                .header("Credential-Status", "ACTIVE")
                .body(equalTo(issued.credentialJwt()));
        given().auth().oauth2(Tokens.user(EARNER)).get(path(issued))
                .then().statusCode(200).contentType("application/json")
                .body("proof.cryptosuite", equalTo("eddsa-rdfc-2022"));
        given().auth().oauth2(Tokens.user(EARNER)).accept("application/json, application/vc+jwt;q=0.5")
                .get(path(issued)).then().statusCode(200).contentType("application/json");
        // Another earner's credential stays 404 in the JWT form too.
        given().auth().oauth2(Tokens.user("nb-earner2")).accept("application/vc+jwt").get(path(issued))
                .then().statusCode(404);
    }

    @Test
    void theBakedSvgCarriesTheJwtInItsVerifyAttributeAndVerifiesWhenUploaded() throws IOException {
        CredentialIssued issued = delivered("Baked JWT — SAFe®", true, null);
        byte[] svg = bakedSvg(issued);
        assertEquals(issued.credentialJwt(), SvgBaking.unbake(svg));
        String text = new String(svg, java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.contains("verify=\"" + issued.credentialJwt() + "\""), text);
        assertFalse(text.contains("CDATA"), "the JWT form replaces the JSON: " + text);

        WalletFixture.publicClient().multiPart("file", "badge.svg", svg, "image/svg+xml")
                .post("/api/v1/verify/baked").then().statusCode(200)
                .body("verified", equalTo(true))
                .body("credentialId", equalTo(issued.credential().path("id").asText()))
                .body("checks.find { it.check == 'proof' }.detail", containsString("VC-JWT"));
    }

    @Test
    void withoutAJwtTheJwtFormIs406AndTheSvgCarriesTheJson() throws IOException {
        CredentialIssued issued = delivered("No JWT form", false, null);
        given().auth().oauth2(Tokens.user(EARNER)).accept("application/vc+jwt").get(path(issued))
                .then().statusCode(406).contentType("application/problem+json")
                .body("type", equalTo("https://microcred.org/problems/no-jwt"));
        given().auth().oauth2(Tokens.user(EARNER)).get(path(issued)).then().statusCode(200)
                .body("name", equalTo("No JWT form"));

        byte[] svg = bakedSvg(issued);
        String baked = SvgBaking.unbake(svg);
        assertEquals(issued.credential(), EventCodec.mapper().readTree(baked), "the JSON form, in CDATA");
        WalletFixture.publicClient().multiPart("file", "badge.svg", svg, "image/svg+xml")
                .post("/api/v1/verify/baked").then().statusCode(200).body("verified", equalTo(true));
    }

    @Test
    void aJwtThatIsNotACompactJwsIsDroppedAndTheCredentialStillArrives() throws IOException {
        CredentialIssued issued = delivered("Garbled JWT", false, "not a <jws>");
        given().auth().oauth2(Tokens.user(EARNER)).accept("application/vc+jwt").get(path(issued))
                .then().statusCode(406);
        given().auth().oauth2(Tokens.user(EARNER)).get(path(issued)).then().statusCode(200);
    }
}
