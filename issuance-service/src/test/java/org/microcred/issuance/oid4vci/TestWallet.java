package org.microcred.issuance.oid4vci;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.microcred.credentials.testing.TestHolder;
import org.microcred.issuance.Awards;
import org.microcred.issuance.ProfileResolver;
import org.microcred.support.testing.Tokens;

/**
 * A wallet app as the tests drive it over HTTP: it reads an offer by reference, redeems the pre-authorized code, gets
 * a nonce and asks for the credential with a key proof signed by its holder key (the credentials test-jar's
 * {@link TestHolder}: Ed25519 or P-256, as did:key or did:jwk, proofs signed by Nimbus JOSE). Also the earner's side
 * (making the offer in their wallet) and a fresh award for an earner of the demo realm.
 */
final class TestWallet {

    static final String ISSUER = "http://localhost:8084/api/v1/issuers/northbridge";
    static final String PRE_AUTHORIZED = "urn:ietf:params:oauth:grant-type:pre-authorized_code";

    private TestWallet() {
    }

    /** A new award of the demo earner {@code username} (tenant from the user's prefix), issued and signed. */
    static UUID awardOf(String username) {
        String tenant = username.startsWith("sp-") ? "southport" : "northbridge";
        String admin = username.startsWith("sp-") ? "sp-admin" : "nb-admin";
        return new Awards(tenant, "Wallet-ready SAFe® " + UUID.randomUUID(), Tokens.subject(username)).issue(admin);
    }

    /** The earner makes an offer of their award; answers the raw response. */
    static Response makeOffer(String username, UUID credentialId, boolean txCode, List<String> configurations) {
        Map<String, Object> body = new HashMap<>();
        body.put("credentialId", credentialId.toString());
        body.put("txCode", txCode);
        if (configurations != null) {
            body.put("credentialConfigurationIds", configurations);
        }
        return given().auth().oauth2(Tokens.user(username)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/wallet/openid4vci-offers");
    }

    /** A made offer: what the earner was shown, and the offer document the wallet read from its URI. */
    record Offer(JsonPath shown, JsonPath document) {
        String code() {
            return document.getString("grants.'" + PRE_AUTHORIZED + "'.'pre-authorized_code'");
        }

        String txCode() {
            return shown.getString("txCode");
        }
    }

    static Offer offer(String username, UUID credentialId, boolean txCode) {
        JsonPath shown = makeOffer(username, credentialId, txCode, null).then().statusCode(201).extract().jsonPath();
        JsonPath document = given().get(ProfileResolver.path(shown.getString("credentialOfferUri")))
                .then().statusCode(200).extract().jsonPath();
        return new Offer(shown, document);
    }

    static Response token(String code, String txCode) {
        var request = given().contentType(ContentType.URLENC).formParam("grant_type", PRE_AUTHORIZED)
                .formParam("pre-authorized_code", code);
        if (txCode != null) {
            request.formParam("tx_code", txCode);
        }
        return request.post(path("token"));
    }

    static String accessToken(Offer offer) {
        return token(offer.code(), offer.txCode()).then().statusCode(200).extract().path("access_token");
    }

    /** A key proof for this issuer naming the holder's key by {@code kid}, issued now. */
    static String proof(TestHolder holder, String nonce) {
        return holder.proofJwt(ISSUER, nonce, Instant.now());
    }

    static String nonce() {
        return given().post(path("nonce")).then().statusCode(200).extract().path("c_nonce");
    }

    static Response credential(String accessToken, Map<String, Object> body) {
        return given().header("Authorization", "Bearer " + accessToken).contentType(ContentType.JSON).body(body)
                .post(path("credential"));
    }

    /** A credential request for a configuration with one proof. */
    static Map<String, Object> request(String configuration, String proof) {
        return Map.of("credential_configuration_id", configuration, "proofs", Map.of("jwt", List.of(proof)));
    }

    static String path(String endpoint) {
        return "/api/v1/issuers/northbridge/openid4vci/" + endpoint;
    }

    static String sha256(String value) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(value.getBytes(StandardCharsets.UTF_8)));
    }
}
