package org.microcred.issuance.oid4vci;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.credentials.dataintegrity.DataIntegrityProofs;
import org.microcred.credentials.holder.HolderDids;
import org.microcred.credentials.jwt.VcJwt;
import org.microcred.credentials.jwt.VcJwtCheck;
import org.microcred.credentials.status.BitstringStatusListCredential;
import org.microcred.credentials.status.BitstringStatusListEntry;
import org.microcred.credentials.testing.TestHolder;
import org.microcred.credentials.testing.TestHolder.DidMethod;
import org.microcred.credentials.verification.ProofCheck;
import org.microcred.events.EventCodec;
import org.microcred.issuance.Awards;
import org.microcred.issuance.Db;
import org.microcred.issuance.ProfileResolver;
import org.microcred.support.testing.Tokens;

/**
 * A wallet app receives an earner's award through OpenID4VCI 1.0 (pre-authorized code, with and without
 * {@code tx_code}, both formats, holder keys Ed25519 and P-256 as did:key, did:jwk and a bare JWK): the copy it gets
 * is bound to its DID, verifies with the project's own verifiers, and keeps the award's status entry.
 */
@Tag("servers")
@QuarkusTest
class Oid4vciIssuanceTest {

    private static final DataIntegrityProofs PROOFS = new DataIntegrityProofs();

    private static UUID award;
    private static JsonNode awardDocument;

    @BeforeEach
    void awardOnce() throws Exception {
        if (award == null) {
            award = TestWallet.awardOf("nb-earner");
            awardDocument = EventCodec.mapper().readTree(Awards.document("nb-admin", award));
        }
    }

    @Test
    void theMetadataNamesTheTenantsIssuerItsEndpointsAndBothConfigurations() {
        String body = given().get("/.well-known/openid-credential-issuer/api/v1/issuers/northbridge").then()
                .statusCode(200).header("Cache-Control", startsWith("public"))
                .body("credential_issuer", equalTo(TestWallet.ISSUER))
                .body("credential_endpoint", equalTo(TestWallet.ISSUER + "/openid4vci/credential"))
                .body("nonce_endpoint", equalTo(TestWallet.ISSUER + "/openid4vci/nonce"))
                .body("credential_configurations_supported.OpenBadgeCredential_ldp_vc.format", equalTo("ldp_vc"))
                .body("credential_configurations_supported.OpenBadgeCredential_ldp_vc"
                        + ".credential_signing_alg_values_supported", equalTo(List.of("eddsa-rdfc-2022")))
                .body("credential_configurations_supported.OpenBadgeCredential_ldp_vc"
                        + ".cryptographic_binding_methods_supported", equalTo(List.of("did:key", "did:jwk", "jwk")))
                .body("credential_configurations_supported.OpenBadgeCredential_ldp_vc.proof_types_supported.jwt"
                        + ".proof_signing_alg_values_supported", equalTo(List.of("EdDSA", "ES256")))
                .body("credential_configurations_supported.OpenBadgeCredential_ldp_vc.credential_definition.type",
                        hasItems("VerifiableCredential", "OpenBadgeCredential"))
                .body("credential_configurations_supported.OpenBadgeCredential_jwt_vc_json.format",
                        equalTo("jwt_vc_json"))
                .extract().asString();
        given().get("/api/v1/issuers/northbridge/.well-known/openid-credential-issuer").then().statusCode(200)
                .body(equalTo(body));
        given().get("/.well-known/oauth-authorization-server/api/v1/issuers/northbridge").then().statusCode(200)
                .body("issuer", equalTo(TestWallet.ISSUER))
                .body("token_endpoint", equalTo(TestWallet.ISSUER + "/openid4vci/token"))
                .body("'pre-authorized_grant_anonymous_access_supported'", equalTo(true));
        given().get("/.well-known/openid-credential-issuer/api/v1/issuers/nobody-" + UUID.randomUUID())
                .then().statusCode(404);
    }

    @Test
    void anAppThatOpensTheDeepLinkItselfMayAskForNoQrCode() {
        JsonPath shown = given().auth().oauth2(Tokens.user("nb-earner")).contentType(ContentType.JSON)
                .body(Map.of("credentialId", award.toString(), "qrCode", false))
                .post("/api/v1/wallet/openid4vci-offers").then().statusCode(201).extract().jsonPath();
        assertNull(shown.getString("qrCodeSvg"));
        assertTrue(shown.getString("offerUrl").startsWith("openid-credential-offer://?credential_offer_uri="));
        given().get(ProfileResolver.path(shown.getString("credentialOfferUri"))).then().statusCode(200)
                .body("credential_issuer", equalTo(TestWallet.ISSUER));
    }

    @Test
    void withoutTxCodeAWalletGetsAnLdpVcBoundToItsEd25519DidKey() {
        TestWallet.Offer offer = TestWallet.offer("nb-earner", award, false);
        assertTrue(offer.shown().getString("offerUrl").startsWith(
                "openid-credential-offer://?credential_offer_uri=http%3A%2F%2Flocalhost%3A8084%2Fapi%2Fv1%2Fissuers"));
        assertTrue(offer.shown().getString("qrCodeSvg").startsWith("<svg"));
        assertNull(offer.shown().getString("txCode"));
        assertEquals(TestWallet.ISSUER, offer.document().getString("credential_issuer"));
        assertEquals(List.of(CredentialConfigurations.LDP_VC, CredentialConfigurations.JWT_VC_JSON),
                offer.document().getList("credential_configuration_ids"));
        assertNull(offer.document().get("grants.'" + TestWallet.PRE_AUTHORIZED + "'.tx_code"));

        JsonPath token = TestWallet.token(offer.code(), null).then().statusCode(200)
                .header("Cache-Control", "no-store").body("token_type", equalTo("Bearer"))
                .extract().jsonPath();
        assertTrue(token.getInt("expires_in") > 0);
        TestHolder holder = TestHolder.ed25519(DidMethod.KEY);
        String proof = TestWallet.proof(holder, TestWallet.nonce());
        String copy = TestWallet.credential(token.getString("access_token"),
                        TestWallet.request(CredentialConfigurations.LDP_VC, proof))
                .then().statusCode(200).header("Cache-Control", "no-store")
                .extract().asString();
        JsonNode credential = read(copy).at("/credentials/0/credential");

        assertBoundCopy(credential, holder.didKey());
        ProofCheck check = PROOFS.verify(credential.toString(), new ProfileResolver());
        assertTrue(check.valid(), String.valueOf(check.reason()));
    }

    @Test
    void withTxCodeAWalletGetsAJwtVcBoundToItsP256DidJwk() {
        TestWallet.Offer offer = TestWallet.offer("nb-earner", award, true);
        assertTrue(offer.txCode().matches("[0-9]{6}"), offer.txCode());
        assertEquals("numeric", offer.document().getString(
                "grants.'" + TestWallet.PRE_AUTHORIZED + "'.tx_code.input_mode"));
        assertEquals(6, offer.document().getInt("grants.'" + TestWallet.PRE_AUTHORIZED + "'.tx_code.length"));

        TestHolder holder = TestHolder.p256(DidMethod.JWK);
        String proof = TestWallet.proof(holder, TestWallet.nonce());
        String jwt = TestWallet.credential(TestWallet.accessToken(offer),
                        TestWallet.request(CredentialConfigurations.JWT_VC_JSON, proof))
                .then().statusCode(200).extract().path("credentials[0].credential");

        VcJwtCheck check = new VcJwt().verify(jwt, new ProfileResolver());
        assertTrue(check.valid(), String.valueOf(check.reason()));
        JsonNode claims = read(VcJwt.unverifiedPayload(jwt));
        assertEquals(holder.didJwk(), claims.get("sub").asText());
        assertBoundCopy(claims, holder.didJwk());
        // VCDM 1.1's vc claim, where wallets of that JWT encoding read the credential: the same credential.
        JsonNode vc = claims.get("vc");
        assertBoundCopy(vc, holder.didJwk());
        assertEquals(claims.get("id"), vc.get("id"));
        assertEquals(claims.get("@context"), vc.get("@context"));
    }

    @Test
    void aProofWithABareJwkBindsTheCopyToThatKeysDidJwk() throws Exception {
        TestHolder holder = TestHolder.ed25519(DidMethod.KEY);
        String proof = holder.proofJwtWithJwk(TestWallet.ISSUER, TestWallet.nonce(), java.time.Instant.now());
        JsonNode credential = read(TestWallet.credential(TestWallet.accessToken(
                                TestWallet.offer("nb-earner", award, false)),
                        TestWallet.request(CredentialConfigurations.LDP_VC, proof))
                .then().statusCode(200).extract().asString()).at("/credentials/0/credential");

        String did = HolderDids.fromJwk(holder.publicJwk()).did();
        assertTrue(did.startsWith("did:jwk:"), did);
        assertBoundCopy(credential, did);
        assertTrue(PROOFS.verify(credential.toString(), new ProfileResolver()).valid());
    }

    @Test
    void aRetriedDeliveryAnswersTheSameCopyAndEachCopyIsRecorded() {
        TestHolder holder = TestHolder.ed25519(DidMethod.KEY);
        String token = TestWallet.accessToken(TestWallet.offer("nb-earner", award, false));
        String first = copyId(token, holder, CredentialConfigurations.LDP_VC);
        String again = copyId(token, holder, CredentialConfigurations.LDP_VC);
        assertEquals(first, again, "one copy per award, holder and format");
        String asJwt = copyId(token, holder, CredentialConfigurations.JWT_VC_JSON);
        assertNotEquals(first, asJwt);

        List<Object[]> rows = Db.rows("SELECT format, earner_id FROM holder_copy WHERE credential_id = '" + award
                + "' AND holder_did = '" + holder.didKey() + "' ORDER BY format");
        assertEquals(2, rows.size());
        assertEquals("jwt_vc_json", rows.get(0)[0]);
        assertEquals("ldp_vc", rows.get(1)[0]);
        assertEquals(Tokens.subject("nb-earner"), rows.get(0)[1]);
    }

    @Test
    void aWalletThatAsksWithAuthorizationDetailsGetsCredentialIdentifiersAndUsesThem() {
        TestWallet.Offer offer = TestWallet.offer("nb-earner", award, false);
        String details = "[{\"type\":\"openid_credential\",\"credential_configuration_id\":\""
                + CredentialConfigurations.JWT_VC_JSON + "\"}]";
        JsonPath token = given().contentType(ContentType.URLENC).formParam("grant_type", TestWallet.PRE_AUTHORIZED)
                .formParam("pre-authorized_code", offer.code()).formParam("authorization_details", details)
                .post(TestWallet.path("token")).then().statusCode(200).extract().jsonPath();
        String identifier = token.getString("authorization_details[0].credential_identifiers[0]");
        assertEquals(CredentialConfigurations.JWT_VC_JSON + ":" + award, identifier);

        String proof = TestWallet.proof(TestHolder.ed25519(DidMethod.KEY), TestWallet.nonce());
        TestWallet.credential(token.getString("access_token"), Map.of("credential_identifier", identifier,
                        "proofs", Map.of("jwt", List.of(proof))))
                .then().statusCode(200).body("credentials[0].credential", startsWith("ey"));
    }

    @Test
    void revokingTheAwardRevokesEveryCopyThroughItsOneStatusEntry() {
        UUID revocable = TestWallet.awardOf("nb-earner");
        TestHolder holder = TestHolder.ed25519(DidMethod.KEY);
        String proof = TestWallet.proof(holder, TestWallet.nonce());
        String token = TestWallet.accessToken(TestWallet.offer("nb-earner", revocable, false));
        JsonNode copy = read(TestWallet.credential(token, TestWallet.request(CredentialConfigurations.LDP_VC, proof))
                .then().statusCode(200).extract().asString()).at("/credentials/0/credential");
        BitstringStatusListEntry entry = BitstringStatusListEntry.parse(copy.get("credentialStatus"));
        assertEquals(false, isSet(entry));

        given().auth().oauth2(Tokens.user("nb-admin")).contentType(ContentType.JSON)
                .body(Map.of("reason", "Awarded in error")).post("/api/v1/credentials/" + revocable + "/revoke")
                .then().statusCode(200);
        assertEquals(true, isSet(entry), "the copy reads as revoked: its entry is the award's");
        TestWallet.makeOffer("nb-earner", revocable, false, null).then().statusCode(409);
        String again = TestWallet.proof(holder, TestWallet.nonce());
        TestWallet.credential(token, TestWallet.request(CredentialConfigurations.JWT_VC_JSON, again)).then()
                .statusCode(400).body("error", equalTo("credential_request_denied"));
    }

    private static boolean isSet(BitstringStatusListEntry entry) {
        String list = given().get(ProfileResolver.path(entry.statusListCredential())).then().statusCode(200)
                .extract().asString();
        return BitstringStatusListCredential.isSet(list, entry);
    }

    private static String copyId(String token, TestHolder holder, String configuration) {
        String proof = TestWallet.proof(holder, TestWallet.nonce());
        String body = TestWallet.credential(token, TestWallet.request(configuration, proof))
                .then().statusCode(200).extract().asString();
        JsonNode credential = read(body).at("/credentials/0/credential");
        return credential.isTextual() ? read(VcJwt.unverifiedPayload(credential.asText())).get("id").asText()
                : credential.get("id").asText();
    }

    /** The copy is the award's credential, bound to the holder: own id, holder's DID, same identifier and status. */
    private static void assertBoundCopy(JsonNode copy, String holderDid) {
        assertEquals(holderDid, copy.at("/credentialSubject/id").asText());
        assertTrue(copy.get("id").asText().startsWith("urn:uuid:"));
        assertNotEquals(awardDocument.get("id"), copy.get("id"));
        assertEquals(awardDocument.at("/credentialSubject/identifier"), copy.at("/credentialSubject/identifier"));
        assertEquals(awardDocument.at("/credentialSubject/achievement"), copy.at("/credentialSubject/achievement"));
        assertEquals(awardDocument.get("credentialStatus"), copy.get("credentialStatus"));
        assertEquals(awardDocument.get("issuer"), copy.get("issuer"));
    }

    private static JsonNode read(String json) {
        try {
            return EventCodec.mapper().readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
