package org.microcred.issuance.oid4vci;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.microcred.support.capability.CapabilityValues;

/**
 * A wallet app walking the authorization-code flow with PKCE over HTTP: its authorization request, the earner's
 * sign-in at Keycloak ({@link KeycloakBrowser}), the callback, and the token request with its verifier.
 */
final class AuthorizingWallet {

    static final String CLIENT_ID = "test-wallet";
    static final String REDIRECT_URI = "https://wallet.example/callback";

    final String verifier = CapabilityValues.newValue();
    final String state = CapabilityValues.newValue();
    final Map<String, String> request = new HashMap<>();

    AuthorizingWallet() {
        request.put("response_type", "code");
        request.put("client_id", CLIENT_ID);
        request.put("redirect_uri", REDIRECT_URI);
        request.put("code_challenge", Pkce.challengeOf(verifier));
        request.put("code_challenge_method", "S256");
        request.put("state", state);
    }

    static AuthorizingWallet forOffer(String issuerState) {
        AuthorizingWallet wallet = new AuthorizingWallet();
        wallet.request.put("issuer_state", issuerState);
        return wallet;
    }

    static AuthorizingWallet forScope(String scope) {
        AuthorizingWallet wallet = new AuthorizingWallet();
        wallet.request.put("scope", scope);
        return wallet;
    }

    Response authorize() {
        return given().redirects().follow(false).queryParams(request).get(TestWallet.path("authorize"));
    }

    /** Authorizes, signs in at Keycloak as {@code username}: answers Keycloak's redirect to our callback. */
    URI signIn(String username) {
        String keycloak = authorize().then().statusCode(302).extract().header("Location");
        return KeycloakBrowser.signIn(keycloak, username);
    }

    /** Our callback, as the browser follows Keycloak's redirect to it. */
    static Response callback(URI back) {
        return given().urlEncodingEnabled(false).redirects().follow(false)
                .get(back.getRawPath() + "?" + back.getRawQuery());
    }

    /** The whole sign-in: answers where the browser goes back to the wallet (its redirect URI with code or error). */
    URI authorizeAs(String username) {
        return URI.create(callback(signIn(username)).then().statusCode(302).extract().header("Location"));
    }

    String codeFor(String username) {
        URI back = authorizeAs(username);
        Map<String, String> query = query(back);
        if (!query.containsKey("code")) {
            throw new AssertionError("No code came back: " + back);
        }
        return query.get("code");
    }

    Response token(String code, String verifier, String redirectUri) {
        return given().contentType(ContentType.URLENC).formParam("grant_type", "authorization_code")
                .formParam("code", code).formParam("code_verifier", verifier)
                .formParam("redirect_uri", redirectUri).formParam("client_id", CLIENT_ID)
                .post(TestWallet.path("token"));
    }

    Response token(String code) {
        return token(code, verifier, REDIRECT_URI);
    }

    static Map<String, String> query(URI uri) {
        Map<String, String> values = new HashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                values.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }
}
