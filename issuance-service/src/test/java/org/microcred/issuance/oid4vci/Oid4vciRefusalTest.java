package org.microcred.issuance.oid4vci;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.credentials.testing.TestHolder;
import org.microcred.credentials.testing.TestHolder.DidMethod;
import org.microcred.issuance.Db;
import org.microcred.issuance.ProfileResolver;

/**
 * Each refusal of the OpenID4VCI issuer, one test each, with the error the specification names: the wallet gets
 * {@code {error, error_description}}, and what a refusal must leave usable (the code after a wrong tx_code, the access
 * token after a refused credential request) is used afterwards.
 */
@Tag("servers")
@QuarkusTest
class Oid4vciRefusalTest {

    private static UUID award;

    @BeforeEach
    void awardOnce() {
        if (award == null) {
            award = TestWallet.awardOf("nb-earner");
        }
    }

    @Test
    void aReplayedPreAuthorizedCodeIsRefused() {
        TestWallet.Offer offer = TestWallet.offer("nb-earner", award, false);
        TestWallet.token(offer.code(), null).then().statusCode(200);
        oauthError(TestWallet.token(offer.code(), null), 400, "invalid_grant");
        given().get(ProfileResolver.path(offer.shown().getString("credentialOfferUri"))).then().statusCode(410);
    }

    @Test
    void anExpiredOfferIsRefused() throws Exception {
        TestWallet.Offer offer = TestWallet.offer("nb-earner", award, false);
        Db.update("UPDATE oid4vci_offer SET expires_at = now() - interval '1 second' WHERE code_hash = '"
                + TestWallet.sha256(offer.code()) + "'");
        oauthError(TestWallet.token(offer.code(), null), 400, "invalid_grant");
        given().get(ProfileResolver.path(offer.shown().getString("credentialOfferUri"))).then().statusCode(410);
    }

    @Test
    void aWrongTxCodeIsRefusedAndTheCodeStillWorks() {
        TestWallet.Offer offer = TestWallet.offer("nb-earner", award, true);
        String wrong = offer.txCode().equals("000000") ? "111111" : "000000";
        oauthError(TestWallet.token(offer.code(), wrong), 400, "invalid_grant");
        oauthError(TestWallet.token(offer.code(), null), 400, "invalid_request");
        TestWallet.token(offer.code(), offer.txCode()).then().statusCode(200).body("access_token", notNullValue());
    }

    @Test
    void fiveWrongTxCodesBurnTheCode() {
        TestWallet.Offer offer = TestWallet.offer("nb-earner", award, true);
        String wrong = offer.txCode().equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 5; i++) {
            oauthError(TestWallet.token(offer.code(), wrong), 400, "invalid_grant");
        }
        oauthError(TestWallet.token(offer.code(), offer.txCode()), 400, "invalid_grant");
    }

    @Test
    void aStaleNonceIsRefused() {
        String token = token();
        String nonce = TestWallet.nonce();
        Db.update("UPDATE oid4vci_nonce SET expires_at = now() - interval '1 second' WHERE nonce = '" + nonce + "'");
        String proof = TestWallet.proof(holder(), nonce);
        oauthError(TestWallet.credential(token, TestWallet.request(CredentialConfigurations.LDP_VC, proof)), 400,
                "invalid_nonce");
    }

    @Test
    void aReusedNonceIsRefused() {
        String token = token();
        String nonce = TestWallet.nonce();
        TestHolder holder = holder();
        TestWallet.credential(token, TestWallet.request(CredentialConfigurations.LDP_VC,
                TestWallet.proof(holder, nonce))).then().statusCode(200);
        oauthError(TestWallet.credential(token, TestWallet.request(CredentialConfigurations.LDP_VC,
                TestWallet.proof(holder, nonce))), 400, "invalid_nonce");
    }

    @Test
    void aNonceThisIssuerNeverGaveIsRefused() {
        String proof = TestWallet.proof(holder(), "made-up-" + UUID.randomUUID());
        oauthError(TestWallet.credential(token(), TestWallet.request(CredentialConfigurations.LDP_VC, proof)), 400,
                "invalid_nonce");
    }

    @Test
    void anUnknownConfigurationIsRefusedAndTheAccessTokenStaysUsable() {
        String token = token();
        TestHolder holder = holder();
        String nonce = TestWallet.nonce();
        oauthError(TestWallet.credential(token, TestWallet.request("UniversityDegree_ldp_vc",
                TestWallet.proof(holder, nonce))), 400,
                "unknown_credential_configuration");
        // Neither the token nor the nonce was used up by the refusal.
        TestWallet.credential(token, TestWallet.request(CredentialConfigurations.LDP_VC,
                TestWallet.proof(holder, nonce))).then().statusCode(200);
    }

    @Test
    void anUnknownCredentialIdentifierIsRefused() {
        String proof = TestWallet.proof(holder(), TestWallet.nonce());
        oauthError(TestWallet.credential(token(), Map.of("credential_identifier",
                        CredentialConfigurations.LDP_VC + ":" + UUID.randomUUID(), "proofs", Map.of("jwt", List.of(proof)))),
                400, "unknown_credential_identifier");
    }

    @Test
    void aProofForAnotherAudienceIsRefused() {
        String proof = holder().proofJwt("http://localhost:8084/api/v1/issuers/southport", TestWallet.nonce(),
                Instant.now());
        oauthError(TestWallet.credential(token(), TestWallet.request(CredentialConfigurations.LDP_VC, proof)), 400,
                "invalid_proof");
    }

    @Test
    void aProofSignedByAnotherKeyThanItsKidsDidIsRefused() {
        TestHolder named = holder();
        // The header names one holder's key; another holder signs.
        String proof = holder().signJws("{\"typ\":\"openid4vci-proof+jwt\",\"alg\":\"EdDSA\",\"kid\":\""
                + named.verificationMethod() + "\"}", "{\"aud\":\"" + TestWallet.ISSUER + "\",\"iat\":"
                + Instant.now().getEpochSecond() + ",\"nonce\":\"" + TestWallet.nonce() + "\"}");
        oauthError(TestWallet.credential(token(), TestWallet.request(CredentialConfigurations.LDP_VC, proof)), 400,
                "invalid_proof");
    }

    @Test
    void aDraft13SingleProofIsRefused() {
        String proof = TestWallet.proof(holder(), TestWallet.nonce());
        oauthError(TestWallet.credential(token(), Map.of("credential_configuration_id",
                        CredentialConfigurations.LDP_VC, "proof", Map.of("proof_type", "jwt", "jwt", proof))),
                400, "invalid_request");
    }

    @Test
    void anInvalidAccessTokenIs401WithTheBearerChallenge() {
        String proof = TestWallet.proof(holder(), TestWallet.nonce());
        oauthError(TestWallet.credential("not-a-token", TestWallet.request(CredentialConfigurations.LDP_VC, proof)),
                401, "invalid_token").header("WWW-Authenticate", equalTo("Bearer error=\"invalid_token\""));
    }

    @Test
    void anExpiredAccessTokenIs401() throws Exception {
        String token = token();
        Db.update("UPDATE oid4vci_access_token SET expires_at = now() - interval '1 second' WHERE token_hash = '"
                + TestWallet.sha256(token) + "'");
        String proof = TestWallet.proof(holder(), TestWallet.nonce());
        oauthError(TestWallet.credential(token, TestWallet.request(CredentialConfigurations.LDP_VC, proof)), 401,
                "invalid_token");
    }

    @Test
    void anotherEarnersAwardCannotBeOffered() {
        TestWallet.makeOffer("nb-earner2", award, false, null).then().statusCode(404);
        TestWallet.makeOffer("sp-earner", award, false, null).then().statusCode(404);
        TestWallet.makeOffer("nb-admin", award, false, null).then().statusCode(403);
        TestWallet.makeOffer("nb-earner", award, false, List.of("Nope")).then().statusCode(400);
    }

    private static TestHolder holder() {
        return TestHolder.ed25519(DidMethod.KEY);
    }

    private static String token() {
        return TestWallet.accessToken(TestWallet.offer("nb-earner", award, false));
    }

    private static io.restassured.response.ValidatableResponse oauthError(Response response, int status,
            String error) {
        return response.then().statusCode(status).header("Cache-Control", "no-store")
                .body("error", equalTo(error)).body("error_description", notNullValue());
    }
}
