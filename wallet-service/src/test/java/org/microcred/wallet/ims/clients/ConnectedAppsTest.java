package org.microcred.wallet.ims.clients;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.support.testing.Tokens;
import org.microcred.wallet.ims.ImsApi;
import org.microcred.support.testing.KeycloakAuthorization;
import org.microcred.support.testing.KeycloakAuthorization.Pkce;

/**
 * The earner's connected apps on the real Keycloak: a platform they authorized is listed with what it may do, and
 * revoking it ends its refresh token; another earner's consents are neither listed nor revocable; a platform of
 * another institution is not listed.
 */
@Tag("servers")
@QuarkusTest
class ConnectedAppsTest {

    private static final String APPS = "/api/v1/wallet/connected-apps";
    private static final String SCOPE = ImsApi.OB_CREDENTIAL_READONLY + " offline_access";

    @BeforeEach
    void cleanSlate() {
        ImsClientsFixture.clear("northbridge", "southport");
    }

    /** The platform authorized by the user: its token answer (access and offline refresh token). */
    private static JsonNode authorize(JsonNode platform, String username) {
        KeycloakAuthorization browser = new KeycloakAuthorization();
        Pkce pkce = Pkce.create();
        String clientId = platform.path("client_id").asText();
        String code = KeycloakAuthorization.parameter(browser.authorize(browser.authorizationUrl(clientId,
                ImsClientsFixture.REDIRECT, SCOPE, "s", pkce), username), "code");
        HttpResponse<String> answer = browser.exchange(clientId, platform.path("client_secret").asText(), code,
                ImsClientsFixture.REDIRECT, pkce.verifier());
        assertEquals(200, answer.statusCode(), answer.body());
        return KeycloakAuthorization.json(answer);
    }

    private static HttpResponse<String> refresh(JsonNode platform, JsonNode tokens) {
        return new KeycloakAuthorization().token(platform.path("client_id").asText(),
                platform.path("client_secret").asText(), Map.of("grant_type", "refresh_token",
                        "refresh_token", tokens.path("refresh_token").asText()));
    }

    private static JsonPath apps(String username) {
        return given().auth().oauth2(Tokens.user(username)).get(APPS).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void anAuthorizedPlatformIsListedAndRevokingItEndsItsRefreshToken() {
        JsonNode platform = ImsClientsFixture.registered("northbridge");
        String clientId = platform.path("client_id").asText();
        JsonNode tokens = authorize(platform, "nb-earner");
        assertEquals(200, refresh(platform, tokens).statusCode(), "the refresh token works before the revocation");

        JsonPath listed = apps("nb-earner");
        assertEquals(List.of(clientId), listed.getList("clientId"));
        assertEquals("Example Backpack", listed.getString("[0].clientName"));
        assertEquals(ImsClientsFixture.HOST + "/logo.png", listed.getString("[0].logoUri"));
        assertEquals(ImsClientsFixture.HOST + "/", listed.getString("[0].clientUri"));
        assertTrue(listed.getList("[0].scopes", String.class).contains(ImsApi.OB_CREDENTIAL_READONLY),
                listed.prettify());
        assertTrue(listed.getString("[0].grantedAt") != null, listed.prettify());

        given().auth().oauth2(Tokens.user("nb-earner")).delete(APPS + "/" + clientId).then().statusCode(204);
        HttpResponse<String> refused = refresh(platform, tokens);
        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals("invalid_grant", KeycloakAuthorization.json(refused).path("error").asText());
        assertEquals(List.of(), apps("nb-earner").getList("clientId"));
    }

    @Test
    void anotherEarnersConsentIsNeitherListedNorRevocable() {
        JsonNode platform = ImsClientsFixture.registered("northbridge");
        String clientId = platform.path("client_id").asText();
        JsonNode tokens = authorize(platform, "nb-earner");
        assertEquals(List.of(), apps("nb-earner2").getList("clientId"));
        given().auth().oauth2(Tokens.user("nb-earner2")).delete(APPS + "/" + clientId).then().statusCode(404);
        given().auth().oauth2(Tokens.user("sp-earner")).delete(APPS + "/" + clientId).then().statusCode(404);
        assertEquals(List.of(clientId), apps("nb-earner").getList("clientId"));
        assertEquals(200, refresh(platform, tokens).statusCode(), "nb-earner's consent still stands");
    }

    @Test
    void aPlatformOfAnotherInstitutionIsNotAmongTheEarnersApps() {
        JsonNode southport = ImsClientsFixture.registered("southport");
        authorize(southport, "nb-earner");
        assertEquals(List.of(), apps("nb-earner").getList("clientId"));
    }

    @Test
    void onlyEarnersHaveConnectedApps() {
        given().get(APPS).then().statusCode(401);
        given().auth().oauth2(Tokens.user("nb-admin")).get(APPS).then().statusCode(403);
    }
}
