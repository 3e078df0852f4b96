package org.microcred.issuance.exchange;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.credentials.dataintegrity.DataIntegrityProofs;
import org.microcred.credentials.verification.ProofCheck;
import org.microcred.events.EventCodec;
import org.microcred.issuance.Awards;
import org.microcred.issuance.Db;
import org.microcred.issuance.ProfileResolver;
import org.microcred.support.testing.Tokens;
import org.microcred.credentials.testing.Ed25519Signature2020Context;
import org.microcred.credentials.testing.TestHolder;
import org.microcred.credentials.testing.TestPresentations.Suite;

/**
 * An earner sends their award to the Learner Credential Wallet: the links it opens, the VCALM exchange it walks with
 * an {@code Ed25519Signature2020} DID authentication (as LCW signs) or an {@code eddsa-rdfc-2022} one, and the older
 * dccrequest form. The copy it gets is bound to its DID, keeps the award's status entry, and verifies with the
 * project's verifier.
 */
@Tag("servers")
@QuarkusTest
@QuarkusTestResource(Ed25519Signature2020ContextResource.class)
class ExchangeDeliveryTest {

    private static final DataIntegrityProofs PROOFS = new DataIntegrityProofs();
    private static final String BASE = "http://localhost:8084";

    private static UUID award;
    private static JsonNode awardDocument;

    @BeforeEach
    void awardOnce() throws Exception {
        if (award == null) {
            award = ExchangeClient.awardOf("nb-earner");
            awardDocument = EventCodec.mapper().readTree(Awards.document("nb-admin", award));
        }
    }

    @Test
    void anAppThatOpensTheLinksItselfMayAskForNoQrCodes() {
        JsonPath made = given().auth().oauth2(Tokens.user("nb-earner")).contentType(ContentType.JSON)
                .body(Map.of("credentialId", award.toString(), "qrCode", false)).post(ExchangeClient.PATH)
                .then().statusCode(201).extract().jsonPath();
        assertNull(made.getString("qrCodeSvg"));
        assertNull(made.getString("dccQrCodeSvg"));
        assertTrue(made.getString("interactionUrl").endsWith("?iuv=1"));
        assertTrue(made.getString("dccRequest").startsWith("dccrequest://request?"));
    }

    @Test
    void theEarnerGetsAnInteractionUrlAnLcwLinkAndADccRequestLinkOfOneExchange() throws Exception {
        JsonPath made = ExchangeClient.made("nb-earner", award);
        String id = made.getString("exchangeId");
        assertTrue(id.matches("[A-Za-z0-9_-]{43}"), id);
        String exchangeUrl = BASE + "/exchanges/" + id;
        assertEquals(exchangeUrl, made.getString("exchangeUrl"));
        assertEquals(BASE + "/interactions/" + id + "?iuv=1", made.getString("interactionUrl"));
        assertTrue(made.getString("qrCodeSvg").startsWith("<svg"));
        assertTrue(made.getString("dccQrCodeSvg").startsWith("<svg"));

        String lcw = made.getString("lcwRequest");
        assertTrue(lcw.startsWith("https://lcw.app/request?request="), lcw);
        JsonNode invitation = EventCodec.mapper().readTree(ExchangeClient.query(lcw).get("request"));
        assertEquals(exchangeUrl, invitation.at("/protocols/vcapi").asText());
        assertEquals(BASE, invitation.get("credentialRequestOrigin").asText());

        String dcc = made.getString("dccRequest");
        assertTrue(dcc.startsWith("dccrequest://request?"), dcc);
        assertTrue(!dcc.contains("+"), dcc);
        Map<String, String> params = ExchangeClient.query(dcc);
        assertEquals(BASE + "/api/v1/issuers/northbridge", params.get("issuer"));
        assertEquals(exchangeUrl + "/dcc-request", params.get("vc_request_url"));
        assertEquals("bearer", params.get("auth_type"));
        assertTrue(params.get("challenge").matches("[A-Za-z0-9_-]{43}"), params.get("challenge"));

        given().accept("application/json").get(ProfileResolver.path(made.getString("interactionUrl")))
                .then().statusCode(200).body("protocols.vcapi", equalTo(exchangeUrl));
        given().accept("text/html").get(ProfileResolver.path(made.getString("interactionUrl")))
                .then().statusCode(200).body(containsString("https://lcw.app/request?request="));
        ExchangeClient.start(exchangeUrl).then().statusCode(200)
                .body("verifiablePresentationRequest.query[0].type", equalTo("DIDAuthentication"))
                .body("verifiablePresentationRequest.query[0].acceptedMethods.method", equalTo(List.of("key", "jwk")))
                .body("verifiablePresentationRequest.query[0].acceptedCryptosuites.cryptosuite",
                        equalTo(List.of("Ed25519Signature2020", "eddsa-rdfc-2022", "ecdsa-rdfc-2019")))
                .body("verifiablePresentationRequest.challenge", equalTo(params.get("challenge")))
                .body("verifiablePresentationRequest.domain", equalTo(BASE));
    }

    @Test
    void lcwsExchangeWithAnEd25519Signature2020DidAuthenticationDeliversTheCopyBoundToItsDid() throws Exception {
        Ed25519Signature2020Context.assumeAvailable();
        LcwTestWallet wallet = new LcwTestWallet();

        JsonNode credential = walk(wallet, Suite.ED25519_SIGNATURE_2020);

        assertBoundCopy(credential, wallet.did());
    }

    @Test
    void anExchangeWithAnEddsaRdfc2022DidAuthenticationDeliversTheCopyBoundToItsDid() throws Exception {
        LcwTestWallet wallet = new LcwTestWallet();

        JsonNode credential = walk(wallet, Suite.EDDSA_RDFC_2022);

        assertBoundCopy(credential, wallet.did());
    }

    @Test
    void didAuthenticationsOfOtherWalletsDeliverTheCopyBoundToTheirDid() throws Exception {
        LcwTestWallet jwk = new LcwTestWallet(TestHolder.ed25519(TestHolder.DidMethod.JWK));
        assertBoundCopy(walk(jwk, Suite.EDDSA_RDFC_2022), jwk.did());

        LcwTestWallet p256 = new LcwTestWallet(TestHolder.p256(TestHolder.DidMethod.KEY));
        assertBoundCopy(walk(p256, Suite.ECDSA_RDFC_2019), p256.did());
    }

    @Test
    void theDccRequestFormTakesTheBarePresentationWithoutDomainAndAnswersTheCredential() throws Exception {
        Ed25519Signature2020Context.assumeAvailable();
        LcwTestWallet wallet = new LcwTestWallet();
        Map<String, String> link = ExchangeClient.query(ExchangeClient.made("nb-earner", award)
                .getString("dccRequest"));

        JsonNode presentation = wallet.didAuthentication(Suite.ED25519_SIGNATURE_2020, link.get("challenge"), null);
        String answer = ExchangeClient.dccRequest(link.get("vc_request_url"), presentation).then().statusCode(200)
                .header("Cache-Control", "no-store").extract().asString();

        assertBoundCopy(EventCodec.mapper().readTree(answer), wallet.did());
    }

    @Test
    void twoCompletionsAtOnceDeliverOneCopyAndRefuseTheOther() throws Exception {
        LcwTestWallet wallet = new LcwTestWallet();
        String exchangeUrl = ExchangeClient.made("nb-earner", award).getString("exchangeUrl");
        JsonPath request = ExchangeClient.start(exchangeUrl).then().statusCode(200).extract().jsonPath();
        JsonNode presentation = wallet.didAuthentication(Suite.EDDSA_RDFC_2022,
                request.getString("verifiablePresentationRequest.challenge"),
                request.getString("verifiablePresentationRequest.domain"));

        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(
                () -> ExchangeClient.complete(exchangeUrl, presentation).statusCode());
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(
                () -> ExchangeClient.complete(exchangeUrl, presentation).statusCode());

        assertEquals(List.of(200, 409), List.of(first.get(), second.get()).stream().sorted().toList());
        assertEquals(1, Db.count("SELECT count(*) FROM holder_copy WHERE credential_id = '" + award
                + "' AND holder_did = '" + wallet.did() + "'"));
    }

    /** The VCALM exchange as LCW walks it from the interaction URL; answers the credential it gets. */
    private static JsonNode walk(LcwTestWallet wallet, Suite suite) throws Exception {
        JsonPath made = ExchangeClient.made("nb-earner", award);
        String exchangeUrl = given().accept("application/json")
                .get(ProfileResolver.path(made.getString("interactionUrl"))).then().statusCode(200)
                .extract().path("protocols.vcapi");
        JsonPath request = ExchangeClient.start(exchangeUrl).then().statusCode(200).extract().jsonPath();
        JsonNode presentation = wallet.didAuthentication(suite,
                request.getString("verifiablePresentationRequest.challenge"),
                request.getString("verifiablePresentationRequest.domain"));
        String answer = ExchangeClient.complete(exchangeUrl, presentation).then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("verifiablePresentation.type", equalTo(List.of("VerifiablePresentation")))
                .extract().asString();
        JsonNode credentials = EventCodec.mapper().readTree(answer).at("/verifiablePresentation/verifiableCredential");
        assertEquals(1, credentials.size());
        return credentials.get(0);
    }

    private static void assertBoundCopy(JsonNode credential, String holderDid) {
        assertEquals(holderDid, credential.at("/credentialSubject/id").asText());
        assertEquals(awardDocument.at("/credentialSubject/identifier"), credential.at("/credentialSubject/identifier"));
        assertEquals(awardDocument.get("credentialStatus"), credential.get("credentialStatus"));
        assertEquals(awardDocument.get("issuer"), credential.get("issuer"));
        assertTrue(credential.get("id").asText().startsWith("urn:uuid:"));
        ProofCheck check = PROOFS.verify(credential.toString(), new ProfileResolver());
        assertTrue(check.valid(), String.valueOf(check.reason()));
    }
}
