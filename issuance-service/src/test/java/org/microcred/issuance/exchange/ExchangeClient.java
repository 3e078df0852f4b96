package org.microcred.issuance.exchange;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.microcred.issuance.Awards;
import org.microcred.issuance.ProfileResolver;
import org.microcred.support.testing.Tokens;

/**
 * Both sides of a delivery over HTTP: the earner making the exchange in their wallet (with a real Keycloak token), and
 * the wallet app walking it at the public URLs it was given (mapped onto the test server's port).
 */
final class ExchangeClient {

    static final String PATH = "/api/v1/wallet/vcapi-exchanges";

    private ExchangeClient() {
    }

    /** A new award of the demo earner {@code username} (tenant from the user's prefix), issued and signed. */
    static UUID awardOf(String username) {
        String tenant = username.startsWith("sp-") ? "southport" : "northbridge";
        String admin = username.startsWith("sp-") ? "sp-admin" : "nb-admin";
        return new Awards(tenant, "LCW-ready SAFe® " + UUID.randomUUID(), Tokens.subject(username)).issue(admin);
    }

    static Response create(String username, UUID credentialId) {
        return given().auth().oauth2(Tokens.user(username)).contentType(ContentType.JSON)
                .body(Map.of("credentialId", credentialId.toString())).post(PATH);
    }

    /** What the earner is shown for a new exchange of their award. */
    static JsonPath made(String username, UUID credentialId) {
        return create(username, credentialId).then().statusCode(201).extract().jsonPath();
    }

    /** The wallet starts the exchange: {@code POST {}}. */
    static Response start(String exchangeUrl) {
        return given().contentType(ContentType.JSON).body("{}").post(ProfileResolver.path(exchangeUrl));
    }

    /** The wallet answers the request: {@code POST {"verifiablePresentation": ...}}. */
    static Response complete(String exchangeUrl, JsonNode presentation) {
        return given().contentType(ContentType.JSON).body(LcwTestWallet.wrapped(presentation).toString())
                .post(ProfileResolver.path(exchangeUrl));
    }

    /** What LCW does with a dccrequest link: POST the bare presentation, as JSON, to vc_request_url. */
    static Response dccRequest(String vcRequestUrl, JsonNode presentation) {
        return given().contentType(ContentType.JSON).body(presentation.toString())
                .post(ProfileResolver.path(vcRequestUrl));
    }

    /** The query parameters of a link, decoded. */
    static Map<String, String> query(String link) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : URI.create(link).getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            params.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }
}
