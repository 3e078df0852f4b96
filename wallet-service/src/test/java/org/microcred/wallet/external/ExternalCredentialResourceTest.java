package org.microcred.wallet.external;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.credentials.baking.PngBaking;
import org.microcred.credentials.baking.SvgBaking;
import org.microcred.credentials.status.StatusPurpose;
import org.microcred.events.wallet.ExternalCredentialSubmitted;
import org.microcred.support.testing.Tokens;
import org.microcred.wallet.WalletFixture;
import org.microcred.wallet.verification.IssuerServer;
import org.microcred.wallet.verification.TestIssuer;

/**
 * An earner puts credentials of another issuer (a did:key this deployment does not know, signed here with the
 * credentials library) into their wallet: as JSON, as a VC-JWT and baked; once per credential; refused when it does
 * not verify, is revoked or expired, or is our own; only the earner reads and removes it.
 */
@Tag("servers")
@QuarkusTest
@QuarkusTestResource(IssuerServer.class)
class ExternalCredentialResourceTest {

    static final String EARNER = "nb-earner";
    static final String PATH = "/api/v1/wallet/external-credentials";

    @BeforeEach
    void cleanSlate() {
        ExternalDb.clear();
    }

    /** A credential of another institution naming the earner by the salted hash of their verified email. */
    static ObjectNode forEarner(TestIssuer issuer, String name) {
        return issuer.credentialFor(Tokens.claim(EARNER, "email"), name);
    }

    static ValidatableResponse submitJson(String username, String json) {
        return given().auth().oauth2(Tokens.user(username)).contentType("application/ld+json")
                .body(json.getBytes(StandardCharsets.UTF_8))
                .post(PATH).then();
    }

    static ValidatableResponse submitJwt(String username, String jws) {
        return given().auth().oauth2(Tokens.user(username)).contentType("application/vc+jwt")
                .body(jws.getBytes(StandardCharsets.US_ASCII))
                .post(PATH).then();
    }

    static ValidatableResponse submitBaked(String username, String fileName, byte[] image, String type) {
        return given().auth().oauth2(Tokens.user(username)).multiPart("file", fileName, image, type)
                .post(PATH).then();
    }

    static long rows() {
        return ExternalDb.count("SELECT count(*) FROM external_credential");
    }

    @Test
    void aCredentialFromAnUnknownIssuerIsStoredOnceAndAnnounced() {
        TestIssuer elsewhere = TestIssuer.didKey();
        ObjectNode credential = forEarner(elsewhere, "Data Literacy — Zoë");
        String signed = elsewhere.sign(credential);

        String id = submitJson(EARNER, signed).statusCode(201)
                .header("Location", containsString(PATH + "/"))
                .body("format", equalTo("json"))
                .body("issuerId", equalTo(elsewhere.id))
                .body("issuerKnown", equalTo(false))
                .body("credentialId", equalTo(credential.path("id").asText()))
                .body("achievementName", equalTo("Data Literacy — Zoë"))
                .body("achievementType", equalTo("MicroCredential"))
                .body("subjectMatches", equalTo("true"))
                .body("status", equalTo("VALID"))
                .extract().path("id");

        ExternalCredentialSubmitted event = WalletFixture.awaitWalletEvent(id, ExternalCredentialSubmitted.class,
                e -> e.externalCredentialId().toString().equals(id));
        assertEquals(Tokens.subject(EARNER), event.earnerId());
        assertEquals(elsewhere.id, event.issuerId());
        assertFalse(event.issuerKnown());
        assertEquals("true", event.subjectMatches());
        assertEquals(credential.path("credentialSubject").path("achievement").path("id").asText(),
                event.achievementId());

        // The same again: the stored one, not a second row.
        submitJson(EARNER, signed).statusCode(200).body("id", equalTo(id));
        assertEquals(1, rows());

        given().auth().oauth2(Tokens.user(EARNER)).get(PATH + "/" + id).then().statusCode(200)
                .body("document", equalTo(signed))
                .body("verification.verified", equalTo(true))
                .body("verification.issuerKnown", equalTo(false))
                .body("verification.checks.check", hasItem("proof"));
        given().auth().oauth2(Tokens.user(EARNER)).get(PATH).then().statusCode(200)
                .body("id", equalTo(List.of(id)));
    }

    @Test
    void aConfiguredTrustedIssuerIsReportedKnown() {
        // IssuerServer lists the conformance vector's did:key in microcred.verify.known-issuers: another
        // institution this deployment trusts, not one of its own.
        TestIssuer partner = TestIssuer.vectorKey();
        submitJson(EARNER, partner.sign(forEarner(partner, "From a partner"))).statusCode(201)
                .body("issuerKnown", equalTo(true)).body("issuerId", equalTo(partner.id));
    }

    @Test
    void aVcJwtAndBakedBadgesAreStoredAlike() {
        TestIssuer elsewhere = TestIssuer.didKey();
        String jws = elsewhere.signJwt(elsewhere.credential("Sent as a VC-JWT"));
        String jwtId = submitJwt(EARNER, jws).statusCode(201).body("format", equalTo("jwt"))
                .body("issuerKnown", equalTo(false))
                .body("subjectMatches", equalTo("false")) // the test credential names someone else's hash
                .extract().path("id");
        // The same credential baked into an SVG (which holds the JWS): the one stored already.
        byte[] svg = SvgBaking.bake(resource("badge/default-badge.svg"), jws);
        submitBaked(EARNER, "badge.svg", svg, "image/svg+xml").statusCode(200).body("id", equalTo(jwtId));

        String json = elsewhere.sign(forEarner(elsewhere, "Baked into a PNG"));
        byte[] png = PngBaking.bake(resource("badge/default-badge.png"), json);
        String pngId = submitBaked(EARNER, "badge.png", png, "image/png").statusCode(201)
                .body("format", equalTo("baked-png")).body("subjectMatches", equalTo("true"))
                .extract().path("id");
        given().auth().oauth2(Tokens.user(EARNER)).get(PATH + "/" + pngId).then().statusCode(200)
                .body("document", equalTo(json));
        assertEquals(2, rows());
    }

    @Test
    void aTamperedOrForeignCredentialIsRefusedAndNothingStored() {
        TestIssuer elsewhere = TestIssuer.didKey();
        String tampered = elsewhere.sign(elsewhere.credential("Honest")).replace("\"name\":\"Honest\"",
                "\"name\":\"Forged\"");
        submitJson(EARNER, tampered).statusCode(422)
                .body("type", containsString("credential-not-verified"))
                .body("errors.field", hasItem("proof"));
        submitJson(EARNER, "{\"not\": \"a credential\"").statusCode(422).body("type", containsString("malformed"));
        ObjectNode plain = elsewhere.credential("Not a badge");
        plain.putArray("type").add("VerifiableCredential");
        submitJson(EARNER, elsewhere.sign(plain)).statusCode(422);
        submitJwt(EARNER, elsewhere.signJwt(elsewhere.credential("x")) + "x").statusCode(422);
        assertEquals(0, rows());
    }

    @Test
    void aRevokedOrExpiredCredentialIsRefused() {
        TestIssuer elsewhere = TestIssuer.didKey();
        String list = TestIssuer.https(true).url("/status/revocation-1");
        elsewhere.publishStatusListAt(list, StatusPurpose.REVOCATION, 7);
        ObjectNode revoked = elsewhere.withStatusAt(forEarner(elsewhere, "Revoked"), list, 7,
                StatusPurpose.REVOCATION);
        submitJson(EARNER, elsewhere.sign(revoked)).statusCode(422)
                .body("type", containsString("credential-revoked"))
                .body("errors.field", hasItem("status"));

        ObjectNode expired = forEarner(elsewhere, "Expired");
        expired.put("validFrom", Instant.now().minus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString());
        expired.put("validUntil", Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString());
        submitJson(EARNER, elsewhere.sign(expired)).statusCode(422)
                .body("type", containsString("credential-expired"))
                .body("errors.field", hasItem("validity-window"));
        assertEquals(0, rows());
    }

    @Test
    void ourOwnInstitutionsCredentialIsRefused() {
        TestIssuer institution = TestIssuer.https(true); // under microcred.verify.trusted-issuers: this deployment
        institution.publishProfile(null);
        submitJson(EARNER, institution.sign(forEarner(institution, "Ours"))).statusCode(409)
                .body("type", containsString("own-credential"));
        assertEquals(0, rows());
    }

    @Test
    void anotherEarnerNeitherSeesNorRemovesIt() {
        TestIssuer elsewhere = TestIssuer.didKey();
        String id = submitJson(EARNER, elsewhere.sign(forEarner(elsewhere, "Mine"))).statusCode(201)
                .extract().path("id");
        given().auth().oauth2(Tokens.user("nb-earner2")).get(PATH + "/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.user("nb-earner2")).delete(PATH + "/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.user("nb-earner2")).get(PATH).then().statusCode(200)
                .body("id", not(hasItem(id)));
        given().auth().oauth2(Tokens.user("nb-admin")).get(PATH + "/" + id).then().statusCode(403);
        given().get(PATH).then().statusCode(401);
        assertEquals(1, rows());
    }

    @Test
    void theDocumentSizeAndTheNumberPerEarnerAreBounded() {
        TestIssuer elsewhere = TestIssuer.didKey();
        ObjectNode large = forEarner(elsewhere, "Large");
        large.put("description", "x".repeat(1024 * 1024));
        submitJson(EARNER, large.toString()).statusCode(413);

        // %test.microcred.wallet.external.max-per-earner=5
        for (int i = 0; i < 5; i++) {
            submitJson(EARNER, elsewhere.sign(forEarner(elsewhere, "Badge " + i))).statusCode(201);
        }
        submitJson(EARNER, elsewhere.sign(forEarner(elsewhere, "One too many"))).statusCode(409)
                .body("type", containsString("too-many-external-credentials"));
        assertEquals(5, rows());
        // Paged like the wallet's other lists.
        String next = given().auth().oauth2(Tokens.user(EARNER)).get(PATH + "?limit=3").then().statusCode(200)
                .body("$", hasSize(3)).extract().header("Link");
        String path = next.substring(next.indexOf('<') + 1, next.indexOf('>'));
        given().auth().oauth2(Tokens.user(EARNER)).get(path).then().statusCode(200).body("$", hasSize(2));
    }

    static byte[] resource(String name) {
        try (InputStream in = ExternalCredentialResourceTest.class.getClassLoader().getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
