package org.microcred.issuance.oid4vci;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.credentials.dataintegrity.DataIntegrityProofs;
import org.microcred.credentials.jwt.VcJwt;
import org.microcred.credentials.jwt.VcJwtCheck;
import org.microcred.credentials.testing.TestHolder;
import org.microcred.credentials.testing.TestHolder.DidMethod;
import org.microcred.events.EventCodec;
import org.microcred.issuance.Db;
import org.microcred.issuance.ProfileResolver;
import org.microcred.support.capability.CapabilityValues;

/**
 * A wallet app gets an earner's credential through the authorization-code flow with PKCE: the earner signs in to
 * Keycloak (its real login form), the wallet redeems our code with its verifier, and asks the credential endpoint with
 * a key proof. Each refusal of the flow has its test: missing PKCE, {@code plain}, wrong verifier, a reused code (and
 * its token revoked), wrong {@code redirect_uri}, an earner of another tenant, another earner's offer, an expired
 * sign-in, and a redirect URI that is not an app's.
 */
@Tag("servers")
@QuarkusTest
class Oid4vciAuthorizationCodeTest {

    private static UUID award;

    @BeforeEach
    void awardOnce() {
        if (award == null) {
            award = TestWallet.awardOf("nb-earner");
        }
    }

    @Test
    void theMetadataAndTheOfferAdvertiseTheAuthorizationCodeFlow() {
        given().get("/.well-known/oauth-authorization-server/api/v1/issuers/northbridge").then().statusCode(200)
                .body("authorization_endpoint", equalTo(TestWallet.ISSUER + "/openid4vci/authorize"))
                .body("response_types_supported", equalTo(List.of("code")))
                .body("grant_types_supported", hasItem("authorization_code"))
                .body("grant_types_supported", hasItem(TestWallet.PRE_AUTHORIZED))
                .body("code_challenge_methods_supported", equalTo(List.of("S256")))
                .body("scopes_supported", equalTo(CredentialConfigurations.SCOPES));
        given().get("/.well-known/openid-credential-issuer/api/v1/issuers/northbridge").then().statusCode(200)
                .body("authorization_servers", nullValue())
                .body("credential_configurations_supported.OpenBadgeCredential_ldp_vc.scope",
                        equalTo("ob3_achievement_ldp_vc"))
                .body("credential_configurations_supported.OpenBadgeCredential_jwt_vc_json.scope",
                        equalTo("ob3_achievement_jwt_vc_json"));
        TestWallet.Offer offer = TestWallet.offer("nb-earner", award, false);
        assertTrue(issuerState(offer).matches("[0-9a-f]{64}"), issuerState(offer));
        assertTrue(offer.document().getString("grants.'" + TestWallet.PRE_AUTHORIZED + "'.'pre-authorized_code'")
                != null, "the pre-authorized grant stays beside it");
    }

    @Test
    void withAnOffersIssuerStateTheSignedInEarnerGetsThatAwardAsJwtVcJson() {
        TestWallet.Offer offer = TestWallet.offer("nb-earner", award, false);
        AuthorizingWallet wallet = AuthorizingWallet.forOffer(issuerState(offer));
        URI back = wallet.authorizeAs("nb-earner");
        assertTrue(back.toString().startsWith(AuthorizingWallet.REDIRECT_URI + "?code="), back.toString());
        Map<String, String> query = AuthorizingWallet.query(back);
        assertEquals(wallet.state, query.get("state"));
        assertEquals(TestWallet.ISSUER, query.get("iss"));

        JsonPath token = wallet.token(query.get("code")).then().statusCode(200)
                .header("Cache-Control", "no-store").body("token_type", equalTo("Bearer")).extract().jsonPath();
        assertEquals(CredentialConfigurations.JWT_VC_JSON + ":" + award,
                token.getString("authorization_details.find { it.credential_configuration_id == '"
                        + CredentialConfigurations.JWT_VC_JSON + "' }.credential_identifiers[0]"));
        TestHolder holder = TestHolder.p256(DidMethod.KEY);
        String jwt = TestWallet.credential(token.getString("access_token"), TestWallet.request(
                        CredentialConfigurations.JWT_VC_JSON, TestWallet.proof(holder, TestWallet.nonce())))
                .then().statusCode(200).extract().path("credentials[0].credential");
        VcJwtCheck check = new VcJwt().verify(jwt, new ProfileResolver());
        assertTrue(check.valid(), String.valueOf(check.reason()));
        JsonNode claims = read(VcJwt.unverifiedPayload(jwt));
        assertEquals(holder.didKey(), claims.get("sub").asText());
        assertEquals(holder.didKey(), claims.at("/vc/credentialSubject/id").asText());
        // The offer is used up by the sign-in, as a redeemed pre-authorized code would be.
        TestWallet.token(offer.code(), null).then().statusCode(400).body("error", equalTo("invalid_grant"));
    }

    @Test
    void byScopeTheTokenNamesEachActiveAwardOfTheEarnerAndTheWalletPicksOne() {
        UUID first = TestWallet.awardOf("nb-earner");
        UUID second = TestWallet.awardOf("nb-earner");
        AuthorizingWallet wallet = AuthorizingWallet.forScope("ob3_achievement_ldp_vc");
        JsonPath token = wallet.token(wallet.codeFor("nb-earner")).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(CredentialConfigurations.LDP_VC),
                token.getList("authorization_details.credential_configuration_id"));
        List<String> identifiers = token.getList("authorization_details[0].credential_identifiers");
        assertTrue(identifiers.containsAll(List.of(CredentialConfigurations.LDP_VC + ":" + first,
                CredentialConfigurations.LDP_VC + ":" + second)), identifiers.toString());

        TestHolder holder = TestHolder.ed25519(DidMethod.KEY);
        String accessToken = token.getString("access_token");
        TestWallet.credential(accessToken, TestWallet.request(CredentialConfigurations.LDP_VC,
                        TestWallet.proof(holder, TestWallet.nonce())))
                .then().statusCode(400).body("error", equalTo("invalid_request"));
        JsonNode credential = read(TestWallet.credential(accessToken, Map.of("credential_identifier",
                        CredentialConfigurations.LDP_VC + ":" + second, "proofs",
                        Map.of("jwt", List.of(TestWallet.proof(holder, TestWallet.nonce())))))
                .then().statusCode(200).extract().asString()).at("/credentials/0/credential");
        assertEquals(holder.didKey(), credential.at("/credentialSubject/id").asText());
        assertTrue(new DataIntegrityProofs().verify(credential.toString(), new ProfileResolver()).valid());
        TestWallet.credential(accessToken, TestWallet.request(CredentialConfigurations.JWT_VC_JSON,
                        TestWallet.proof(holder, TestWallet.nonce())))
                .then().statusCode(400).body("error", equalTo("unknown_credential_configuration"));
    }

    @Test
    void anAuthorizationRequestWithoutPkceIsRefused() {
        AuthorizingWallet wallet = AuthorizingWallet.forScope("ob3_achievement_ldp_vc");
        wallet.request.remove("code_challenge");
        wallet.request.remove("code_challenge_method");
        wallet.authorize().then().statusCode(400).header("Location", nullValue())
                .body("error", equalTo("invalid_request"));
    }

    @Test
    void thePlainPkceMethodIsRefused() {
        AuthorizingWallet wallet = AuthorizingWallet.forScope("ob3_achievement_ldp_vc");
        wallet.request.put("code_challenge", wallet.verifier);
        wallet.request.put("code_challenge_method", "plain");
        wallet.authorize().then().statusCode(400).header("Location", nullValue())
                .body("error", equalTo("invalid_request"));
    }

    @Test
    void aRedirectUriThatIsNoAppsIsNeverRedirectedTo() {
        for (String uri : List.of("http://evil.example/cb", "javascript:alert(1)", "https://wallet.example/cb#x")) {
            AuthorizingWallet wallet = AuthorizingWallet.forScope("ob3_achievement_ldp_vc");
            wallet.request.put("redirect_uri", uri);
            wallet.authorize().then().statusCode(400).header("Location", nullValue())
                    .body("error", equalTo("invalid_request"));
        }
        AuthorizingWallet loopback = AuthorizingWallet.forScope("ob3_achievement_ldp_vc");
        loopback.request.put("redirect_uri", "http://127.0.0.1:49152/cb");
        loopback.authorize().then().statusCode(302);
    }

    @Test
    void aWrongCodeVerifierIsRefusedAndTheCodeStaysForTheRightOne() {
        AuthorizingWallet wallet = AuthorizingWallet.forScope("ob3_achievement_ldp_vc");
        String code = wallet.codeFor("nb-earner");
        wallet.token(code, CapabilityValues.newValue(), AuthorizingWallet.REDIRECT_URI).then().statusCode(400)
                .body("error", equalTo("invalid_grant"));
        wallet.token(code).then().statusCode(200);
    }

    @Test
    void aWrongRedirectUriAtTheTokenEndpointIsRefused() {
        AuthorizingWallet wallet = AuthorizingWallet.forScope("ob3_achievement_ldp_vc");
        String code = wallet.codeFor("nb-earner");
        wallet.token(code, wallet.verifier, "https://wallet.example/other").then().statusCode(400)
                .body("error", equalTo("invalid_grant"));
        wallet.token(code).then().statusCode(200);
    }

    @Test
    void aReusedCodeIsRefusedAndRevokesTheTokenIssuedWithIt() {
        AuthorizingWallet wallet = AuthorizingWallet.forScope("ob3_achievement_jwt_vc_json");
        String code = wallet.codeFor("nb-earner");
        JsonPath token = wallet.token(code).then().statusCode(200).extract().jsonPath();
        wallet.token(code).then().statusCode(400).body("error", equalTo("invalid_grant"));
        TestWallet.credential(token.getString("access_token"), Map.of("credential_identifier",
                        token.getString("authorization_details[0].credential_identifiers[0]"), "proofs",
                        Map.of("jwt", List.of(
                                TestWallet.proof(TestHolder.ed25519(DidMethod.KEY), TestWallet.nonce())))))
                .then().statusCode(401).body("error", equalTo("invalid_token"));
    }

    @Test
    void anEarnerOfAnotherTenantIsDenied() {
        TestWallet.awardOf("sp-earner");
        URI back = AuthorizingWallet.forScope("ob3_achievement_ldp_vc").authorizeAs("sp-earner");
        Map<String, String> query = AuthorizingWallet.query(back);
        assertEquals("access_denied", query.get("error"));
        assertEquals("You signed in to another institution", query.get("error_description"));
        assertFalse(query.containsKey("code"));
    }

    @Test
    void anotherEarnersOfferIsDenied() {
        TestWallet.Offer offer = TestWallet.offer("nb-earner", award, false);
        URI back = AuthorizingWallet.forOffer(issuerState(offer)).authorizeAs("nb-earner2");
        Map<String, String> query = AuthorizingWallet.query(back);
        assertEquals("access_denied", query.get("error"));
        assertFalse(query.containsKey("code"));
        // The offer is still its earner's to use.
        TestWallet.token(offer.code(), null).then().statusCode(200);
    }

    @Test
    void anExpiredSignInIsRefusedAtTheCallback() {
        AuthorizingWallet wallet = AuthorizingWallet.forScope("ob3_achievement_ldp_vc");
        String keycloak = wallet.authorize().then().statusCode(302).extract().header("Location");
        String state = AuthorizingWallet.query(URI.create(keycloak)).get("state");
        URI back = KeycloakBrowser.signIn(keycloak, "nb-earner");
        assertEquals(1, Db.update("UPDATE oid4vci_authorization SET expires_at = now() - interval '1 second'"
                + " WHERE state_hash = '" + CapabilityValues.sha256(state) + "'"));
        AuthorizingWallet.callback(back).then().statusCode(400).header("Location", nullValue())
                .body("error", equalTo("invalid_request"));
    }

    private static String issuerState(TestWallet.Offer offer) {
        return offer.document().getString("grants.authorization_code.issuer_state");
    }

    private static JsonNode read(String json) {
        try {
            return EventCodec.mapper().readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
