package org.microcred.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.microcred.credentials.dataintegrity.Canonicalizer;
import org.microcred.credentials.testing.Ob3Schemas;
import org.microcred.credentials.testing.TestHolder;
import org.microcred.credentials.testing.TestHolder.DidMethod;
import org.microcred.credentials.testing.TestPresentations;
import org.microcred.credentials.testing.TestPresentations.Suite;
import org.opentest4j.TestAbortedException;

/**
 * Issue 16's journey on the real stack with a wallet written in the tests ({@link WalletApp}): one award of an earner
 * travels into the Learner Credential Wallet through a VC-API exchange and into OpenID4VCI wallets in both formats,
 * each copy bound to the holder's DID and verifying in Digital Bazaar's verifier, the Learner Credential Wallet's own
 * ({@code verifier-core}) and 1EdTech's OB 3.0 schema; it comes back in a presentation a recognizer verifies; revoking
 * the award shows in every copy.
 *
 * <p>One award serves the class (earning one takes the LMS, Kafka and three services): the deliveries are made once,
 * by whichever test needs them first, so each test also runs alone. Revocation is final for that award, so its test
 * runs last ({@link Order}).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WalletAppsIT {

    private static final String TENANT = "southport";
    private static final String ADMIN = "sp-admin";
    private static final String EARNER = "sp-earner";
    private static final String RECOGNIZER_DOMAIN = "https://recognizer.example";
    /** The wallet's verifier caches status lists for MICROCRED_VERIFY_MAX_CACHE_TTL (2 s in this run). */
    private static final Duration STATUS_POLL = Duration.ofSeconds(1);

    /** The LCW holder: an Ed25519 did:key, as the Learner Credential Wallet's profiles. */
    private static final TestHolder LCW_HOLDER = TestHolder.ed25519(DidMethod.KEY);
    /** The holder of the VC-JWT: an Ed25519 did:key. */
    private static final TestHolder JWT_HOLDER = TestHolder.ed25519(DidMethod.KEY);

    private static String awardId;
    private static String issuerId;
    private static LcwDelivery lcwDelivery;
    private static JsonNode oid4vciLdpCopy;
    private static String oid4vciJwt;

    private final RunningSystem system = RunningSystem.get();
    private final JourneyClient client = system.client;
    private final WalletApp wallet = new WalletApp(client);

    /** What the LCW exchange left: where it was, the request the wallet answered, and the copy it received. */
    private record LcwDelivery(String exchangeUrl, JsonNode request, JsonNode copy) {
    }

    @BeforeAll
    static void requireInteropTooling() throws IOException {
        DigitalBazaarVerifier.requireTooling();
    }

    @Test
    @Order(1)
    void theLearnerCredentialWalletReceivesAHolderBoundCopyThroughAnExchangeThatCompletesOnce() throws Exception {
        LcwDelivery delivered = lcwDelivery();

        assertEquals(LCW_HOLDER.did(), delivered.copy().path("credentialSubject").path("id").asText());
        assertVerifiesEverywhere("lcw", delivered.copy().toString());

        Http.Reply again = wallet.completeExchange(delivered.exchangeUrl(),
                wallet.didAuthentication(LCW_HOLDER, WalletApp.lcwSuite(), delivered.request()));
        assertEquals(409, again.status(), again.text());
        assertTrue(again.text().contains("exchange-completed"), again.text());
    }

    @Test
    @Order(2)
    void anOpenId4VciWalletWithATxCodeReceivesAnLdpVcBoundToItsP256DidJwkAndTheCodeWorksOnce() throws Exception {
        JsonNode copy = oid4vciLdpCopy();
        assertVerifiesEverywhere("oid4vci-ldp", copy.toString());
    }

    @Test
    @Order(3)
    void anOpenId4VciWalletWithoutATxCodeReceivesAVcJwtBoundToItsEd25519DidKey() {
        String jwt = oid4vciJwt();
        JsonNode claims = jwtClaims(jwt);
        TestHolder holder = JWT_HOLDER;
        assertEquals(holder.did(), claims.path("sub").asText(), claims.toString());
        // A VC-JWT as the VC Data Model 2.0 secures it (VC-JOSE-COSE: the claims are the credential), or with the
        // VC 1.1 form's vc claim: either way its subject is the holder.
        JsonNode credential = claims.has("vc") ? claims.path("vc") : claims;
        assertEquals(holder.did(), credential.path("credentialSubject").path("id").asText(), claims.toString());
        assertPassesTheOb3Schema(claims.toString());
        JsonNode report = verifyAtTheWallet(jwtBody(jwt)).expect(200).json();
        assertTrue(report.path("verified").asBoolean(), report.toString());
    }

    @Test
    @Order(4)
    void theLcwCopyComesBackInAPresentationThatARecognizerVerifiesOnlyWithItsOwnChallenge() {
        String challenge = "recognizer-" + UUID.randomUUID();
        TestPresentations presentations = new TestPresentations(new Canonicalizer());
        ObjectNode presentation = presentations.sign(LCW_HOLDER, TestPresentations.unsigned(LCW_HOLDER,
                Suite.EDDSA_RDFC_2022, List.of(lcwDelivery().copy())), Suite.EDDSA_RDFC_2022, challenge,
                RECOGNIZER_DOMAIN, Instant.now());
        String verify = client.endpoints().wallet() + "/api/v1/verifier/presentations/verify";

        JsonNode verified = client.http().post(verify, null, Map.of("verifiablePresentation", presentation,
                "options", Map.of("challenge", challenge, "domain", RECOGNIZER_DOMAIN))).expect(200).json();
        assertTrue(verified.path("verified").asBoolean(), verified.toString());

        Http.Reply refused = client.http().post(verify, null, Map.of("verifiablePresentation", presentation,
                "options", Map.of("challenge", "another-" + challenge, "domain", RECOGNIZER_DOMAIN)));
        assertTrue(refused.status() == 400 || refused.status() == 422, refused.status() + " " + refused.text());
        assertTrue(refused.text().contains("challenge-mismatch"), refused.text());
    }

    @Test
    @Order(4)
    void anOpenId4VciWalletGetsTheAwardThroughTheAuthorizationCodeFlowOnceTheEarnerSignsIn() throws Exception {
        TestHolder holder = TestHolder.ed25519(DidMethod.KEY);
        JsonNode shown = wallet.makeOffer(EARNER, award(), false, List.of(WalletApp.LDP_VC));
        JsonNode offer = wallet.offer(shown.path("credentialOfferUri").asText());
        String issuerState = offer.path("grants").path("authorization_code").path("issuer_state").asText();
        assertTrue(!issuerState.isEmpty(), offer.toString());
        String authorizationEndpoint = wallet.authorizationServerMetadata(issuerId).path("authorization_endpoint")
                .asText();
        String verifier = "e2e-verifier-" + UUID.randomUUID() + "-" + UUID.randomUUID();

        String code = wallet.authorizationCode(authorizationEndpoint, issuerState, verifier, EARNER);
        String tokenEndpoint = issuerId + "/openid4vci/token";
        String accessToken = wallet.authorizationCodeToken(tokenEndpoint, code, verifier).expect(200).json()
                .path("access_token").asText();
        JsonNode copy = wallet.credential(wallet.metadata(issuerId), accessToken, WalletApp.LDP_VC, holder);
        assertEquals(holder.did(), copy.path("credentialSubject").path("id").asText(), copy.toString());
        assertVerifiesEverywhere("oid4vci-authorization-code", copy.toString());

        Http.Reply again = wallet.authorizationCodeToken(tokenEndpoint, code, verifier);
        assertEquals(400, again.status(), again.text());
        assertEquals("invalid_grant", again.json().path("error").asText(), again.text());
    }

    @Test
    @Order(5)
    void revokingTheAwardFailsEveryCopyHereAndInTheWalletsVerifier() {
        JsonNode lcwCopy = lcwDelivery().copy();
        JsonNode ldpCopy = oid4vciLdpCopy();
        String jwt = oid4vciJwt();

        client.changeStatus(ADMIN, awardId, "revoke", "Awarded in error").expect(200);

        for (String body : List.of(ldpBody(lcwCopy), ldpBody(ldpCopy), jwtBody(jwt))) {
            JsonNode refused = Poll.until("the revocation in the wallet's verifier", JourneyClient.HOP, STATUS_POLL,
                    () -> Optional.of(verifyAtTheWallet(body)).filter(reply -> reply.status() != 200)).expect(422)
                    .json();
            assertTrue(refused.path("errors").toString().contains("status-failed")
                    && refused.path("errors").toString().contains("revoked"), refused.toString());
        }
        // verifier-core fetches the status list with no-cache: the signed list as issuance serves it.
        DigitalBazaarVerifier.Outcome revoked = Poll.until("the revocation in verifier-core", JourneyClient.HOP,
                STATUS_POLL, () -> Optional.of(dcc("revoked-lcw-dcc", lcwCopy.toString())).filter(o -> !o.verified()));
        assertTrue(revoked.output().contains("\"signature\":true,\"expiration\":true,\"status\":false"),
                "the signature holds, the status check fails: " + revoked);
    }

    // --- the deliveries, made once for the class ---

    /** The earner's award: a progress micro-credential that the LMS reports completed (the quickest award there is). */
    private String award() {
        synchronized (WalletAppsIT.class) {
            if (awardId == null) {
                ProgressAward made = ProgressAward.make(client, TENANT, ADMIN, EARNER,
                        "Carried in a wallet app — Zoë's SAFe® 日本語 " + Long.toString(System.nanoTime(), 36));
                awardId = made.credentialId();
                issuerId = made.issuerId();
            }
            return awardId;
        }
    }

    /**
     * LCW's walk: the earner makes an exchange; the wallet reads the interaction URL as JSON, POSTs {@code {}}, signs
     * the DID authentication with the challenge and domain, POSTs it and takes the copy from the presentation.
     */
    private LcwDelivery lcwDelivery() {
        synchronized (WalletAppsIT.class) {
            if (lcwDelivery == null) {
                JsonNode shown = wallet.makeExchange(EARNER, award());
                String exchangeUrl = shown.path("exchangeUrl").asText();
                JsonNode interaction = wallet.interaction(shown.path("interactionUrl").asText()).expect(200).json();
                assertEquals(exchangeUrl, interaction.path("protocols").path("vcapi").asText(), interaction.toString());

                JsonNode request = wallet.startExchange(exchangeUrl);
                assertEquals("DIDAuthentication", request.path("query").path(0).path("type").asText(),
                        request.toString());
                JsonNode answer = wallet.completeExchange(exchangeUrl,
                        wallet.didAuthentication(LCW_HOLDER, WalletApp.lcwSuite(), request)).expect(200).json();
                lcwDelivery = new LcwDelivery(exchangeUrl, request,
                        answer.path("verifiablePresentation").path("verifiableCredential").path(0));
            }
            return lcwDelivery;
        }
    }

    /**
     * OpenID4VCI with a {@code tx_code}, {@code ldp_vc}, a P-256 did:jwk holder: metadata, offer, token, nonce,
     * credential; then the same pre-authorized code again is {@code invalid_grant}.
     */
    private JsonNode oid4vciLdpCopy() {
        synchronized (WalletAppsIT.class) {
            if (oid4vciLdpCopy == null) {
                TestHolder holder = TestHolder.p256(DidMethod.JWK);
                JsonNode shown = wallet.makeOffer(EARNER, award(), true, List.of(WalletApp.LDP_VC));
                JsonNode metadata = wallet.metadata(issuerId);
                String code = WalletApp.preAuthorizedCode(wallet.offer(shown.path("credentialOfferUri").asText()));
                String tokenEndpoint = issuerId + "/openid4vci/token";
                String txCode = shown.path("txCode").asText();
                String accessToken = wallet.token(tokenEndpoint, code, txCode).expect(200).json()
                        .path("access_token").asText();
                JsonNode copy = wallet.credential(metadata, accessToken, WalletApp.LDP_VC, holder);
                assertEquals(holder.did(), copy.path("credentialSubject").path("id").asText(), copy.toString());

                Http.Reply replayed = wallet.token(tokenEndpoint, code, txCode);
                assertEquals(400, replayed.status(), replayed.text());
                assertEquals("invalid_grant", replayed.json().path("error").asText(), replayed.text());
                oid4vciLdpCopy = copy;
            }
            return oid4vciLdpCopy;
        }
    }

    /** OpenID4VCI without a {@code tx_code}, {@code jwt_vc_json}, an Ed25519 did:key holder. */
    private String oid4vciJwt() {
        synchronized (WalletAppsIT.class) {
            if (oid4vciJwt == null) {
                JsonNode shown = wallet.makeOffer(EARNER, award(), false, List.of(WalletApp.JWT_VC_JSON));
                JsonNode metadata = wallet.metadata(issuerId);
                JsonNode offer = wallet.offer(shown.path("credentialOfferUri").asText());
                assertTrue(offer.path("grants").path(WalletApp.PRE_AUTHORIZED).path("tx_code").isMissingNode(),
                        offer.toString());
                String accessToken = wallet.token(issuerId + "/openid4vci/token",
                        WalletApp.preAuthorizedCode(offer), null).expect(200).json().path("access_token").asText();
                JsonNode credential = wallet.credential(metadata, accessToken, WalletApp.JWT_VC_JSON, JWT_HOLDER);
                assertTrue(credential.isTextual(), "a compact VC-JWT: " + credential);
                oid4vciJwt = credential.asText();
            }
            return oid4vciJwt;
        }
    }

    // --- checks ---

    /** Digital Bazaar's verifier, DCC's verifier-core and 1EdTech's OB 3.0 schema (skipped, saying so, without it). */
    private static void assertVerifiesEverywhere(String label, String document) throws IOException {
        DigitalBazaarVerifier.Outcome digitalBazaar = DigitalBazaarVerifier.verify(label, document);
        assertTrue(digitalBazaar.verified(), "Digital Bazaar's verifier: " + digitalBazaar);
        DigitalBazaarVerifier.Outcome dcc = DccVerifier.verify(label + "-dcc", document);
        assertTrue(dcc.verified(), "DCC's verifier-core: " + dcc);
        assertPassesTheOb3Schema(document);
    }

    /** 1EdTech's OB 3.0 AchievementCredential schema; skipped, saying so, without the schemas beside the clone. */
    private static void assertPassesTheOb3Schema(String document) {
        Ob3Schemas schemas;
        try {
            schemas = Ob3Schemas.require();
        } catch (TestAbortedException absent) {
            return; // require() printed why; the test's other checks still count
        }
        schemas.assertValid(Ob3Schemas.Kind.ACHIEVEMENT_CREDENTIAL, document);
    }

    private Http.Reply verifyAtTheWallet(String body) {
        return client.http().postJson(client.endpoints().wallet() + "/api/v1/verifier/credentials/verify", null,
                body);
    }

    private static String ldpBody(JsonNode credential) {
        return "{\"verifiableCredential\": " + credential + "}";
    }

    private static String jwtBody(String jwt) {
        return "{\"verifiableCredential\": \"" + jwt + "\"}";
    }

    private static DigitalBazaarVerifier.Outcome dcc(String label, String document) {
        try {
            return DccVerifier.verify(label, document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode jwtClaims(String jwt) {
        String[] parts = jwt.split("\\.");
        assertEquals(3, parts.length, "a compact JWS: " + jwt);
        try {
            return WalletApp.JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]),
                    StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
