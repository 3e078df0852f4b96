package org.microcred.wallet.ims.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.wallet.ims.ImsApi;
import org.microcred.support.testing.KeycloakAuthorization;
import org.microcred.support.testing.KeycloakAuthorization.Pkce;

/**
 * A registered platform authorized by an earner on the real Keycloak: login, the consent page with the platform's
 * name, logo, terms and policy, the code, and a token for the wallet (audience microcred-api, the earner's tenant,
 * the granted scopes). And what Keycloak refuses on the client we made: no PKCE, a wrong verifier, a code used twice.
 */
@Tag("servers")
@QuarkusTest
class AuthorizationFlowTest {

    private static final String SCOPE = ImsApi.OB_CREDENTIAL_READONLY + " offline_access";

    private final KeycloakAuthorization browser = new KeycloakAuthorization();
    private JsonNode platform;

    @BeforeEach
    void registerAPlatform() {
        ImsClientsFixture.clear("northbridge");
        platform = ImsClientsFixture.registered("northbridge");
    }

    private String clientId() {
        return platform.path("client_id").asText();
    }

    private String secret() {
        return platform.path("client_secret").asText();
    }

    private URI authorized(Pkce pkce, String state) {
        return browser.authorize(browser.authorizationUrl(clientId(), ImsClientsFixture.REDIRECT, SCOPE, state, pkce),
                "nb-earner");
    }

    @Test
    void theEarnerConsentsOnAPageNamingThePlatformAndThePlatformGetsATokenForTheWallet() {
        Pkce pkce = Pkce.create();
        String state = UUID.randomUUID().toString();
        KeycloakAuthorization.Page consent = browser.signIn(
                browser.authorizationUrl(clientId(), ImsClientsFixture.REDIRECT, SCOPE, state, pkce), "nb-earner");
        for (String shown : List.of("Example Backpack", ImsClientsFixture.HOST + "/logo.png",
                ImsClientsFixture.HOST + "/terms", ImsClientsFixture.HOST + "/privacy", "Read your Open Badges")) {
            assertTrue(consent.html().contains(shown), "the consent page shows " + shown);
        }
        URI redirect = browser.accept(consent);
        assertTrue(redirect.toString().startsWith(ImsClientsFixture.REDIRECT + "?"), redirect.toString());
        assertEquals(state, KeycloakAuthorization.parameter(redirect, "state"));

        HttpResponse<String> answer = browser.exchange(clientId(), secret(),
                KeycloakAuthorization.parameter(redirect, "code"), ImsClientsFixture.REDIRECT, pkce.verifier());
        assertEquals(200, answer.statusCode(), answer.body());
        JsonNode tokens = KeycloakAuthorization.json(answer);
        JsonNode claims = KeycloakAuthorization.claims(tokens.path("access_token").asText());
        assertTrue(claims.path("aud").toString().contains("\"microcred-api\""), claims.toString());
        assertEquals("northbridge", claims.path("tenant").asText());
        assertEquals(clientId(), claims.path("azp").asText());
        assertTrue(List.of(claims.path("scope").asText().split(" ")).contains(ImsApi.OB_CREDENTIAL_READONLY),
                claims.toString());
        assertTrue(claims.path("sub").asText().length() > 0, "the earner is named: " + claims);
        assertTrue(claims.path("realm_access").isMissingNode(), "no realm roles: the earner API refuses the token");
        assertEquals("Offline", KeycloakAuthorization.claims(tokens.path("refresh_token").asText()).path("typ")
                .asText(), "offline_access gives an offline refresh token");
    }

    @Test
    void withoutPkceKeycloakGivesNoCode() {
        HttpResponse<String> answer = browser.open(browser.authorizationUrl(clientId(), ImsClientsFixture.REDIRECT,
                SCOPE, "s", null));
        String location = answer.headers().firstValue("Location").orElse("");
        assertEquals(302, answer.statusCode(), answer.body());
        assertTrue(location.startsWith(ImsClientsFixture.REDIRECT), location);
        assertEquals("invalid_request", KeycloakAuthorization.parameter(URI.create(location), "error"));
        assertNull(KeycloakAuthorization.parameter(URI.create(location), "code"));
    }

    @Test
    void aWrongOrMissingVerifierGetsNoToken() {
        URI redirect = authorized(Pkce.create(), "s");
        String code = KeycloakAuthorization.parameter(redirect, "code");
        HttpResponse<String> wrong = browser.exchange(clientId(), secret(), code, ImsClientsFixture.REDIRECT,
                Pkce.create().verifier());
        assertEquals(400, wrong.statusCode(), wrong.body());
        assertEquals("invalid_grant", KeycloakAuthorization.json(wrong).path("error").asText());

        URI again = authorized(Pkce.create(), "s2");
        HttpResponse<String> missing = browser.exchange(clientId(), secret(),
                KeycloakAuthorization.parameter(again, "code"), ImsClientsFixture.REDIRECT, null);
        assertEquals(400, missing.statusCode(), missing.body());
    }

    @Test
    void aCodeIsGoodForOneTokenOnly() {
        Pkce pkce = Pkce.create();
        String code = KeycloakAuthorization.parameter(authorized(pkce, "s"), "code");
        HttpResponse<String> first = browser.exchange(clientId(), secret(), code, ImsClientsFixture.REDIRECT,
                pkce.verifier());
        assertEquals(200, first.statusCode(), first.body());
        HttpResponse<String> second = browser.exchange(clientId(), secret(), code, ImsClientsFixture.REDIRECT,
                pkce.verifier());
        assertEquals(400, second.statusCode(), second.body());
        assertEquals("invalid_grant", KeycloakAuthorization.json(second).path("error").asText());
        assertNotNull(KeycloakAuthorization.json(first).path("access_token").asText(null));
    }
}
