package org.microcred.wallet.ims.clients;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.wallet.ims.ImsApi;

/**
 * Registration over HTTP against the real Keycloak and PostgreSQL: the 201 answer, the client Keycloak now holds,
 * our row, and the refusals that only the running endpoint can show (RFC 7591 bodies, the per-address limit, the
 * per-tenant cap, an unknown tenant). Each field rule is RegistrationRulesTest's.
 */
@Tag("servers")
@QuarkusTest
class RegistrationResourceTest {

    @BeforeEach
    void cleanSlate() {
        ImsClientsFixture.clear("northbridge", "capped");
    }

    @Test
    void aPlatformRegistersAndGetsItsCredentialsAndMetadata() {
        String address = ImsClientsFixture.newAddress();
        JsonPath answer = ImsClientsFixture.register("northbridge", ImsClientsFixture.validRegistration(), address)
                .then().statusCode(201).header("Cache-Control", "no-store")
                .body("client_id", notNullValue()).body("client_secret", notNullValue())
                .body("client_secret_expires_at", equalTo(0))
                .body("client_id_issued_at", greaterThanOrEqualTo(1_700_000_000))
                .body("client_name", equalTo("Example Backpack"))
                .body("logo_uri", equalTo(ImsClientsFixture.HOST + "/logo.png"))
                .body("redirect_uris", equalTo(List.of(ImsClientsFixture.REDIRECT)))
                .body("grant_types", equalTo(List.of("authorization_code", "refresh_token")))
                .body("response_types", equalTo(List.of("code")))
                .body("token_endpoint_auth_method", equalTo("client_secret_basic"))
                .body("software_id", equalTo("example-backpack"))
                .extract().jsonPath();
        assertTrue(answer.getString("client_secret").length() >= 43, "256 bits of secret");
        Map<String, String> rows = ImsClientsFixture.clientsOf("northbridge");
        assertEquals(Set.of(answer.getString("client_id")), rows.keySet(), "one row, of the tenant registered with");
        assertEquals(1, ImsClientsFixture.update("UPDATE registered_ims_client SET created_at = created_at"
                + " WHERE client_id = ? AND registered_from = ?", answer.getString("client_id"), address));
    }

    @Test
    void keycloaksClientIsConfidentialCodeOnlyWithPkceAndConsent() {
        JsonNode answer = ImsClientsFixture.registered("northbridge");
        JsonNode client = ImsClientsFixture.keycloakClient(answer.path("client_id").asText());
        assertNotNull(client, "Keycloak holds the client");
        assertEquals(false, client.path("publicClient").asBoolean());
        assertEquals(true, client.path("standardFlowEnabled").asBoolean());
        assertEquals(false, client.path("implicitFlowEnabled").asBoolean());
        assertEquals(false, client.path("directAccessGrantsEnabled").asBoolean());
        assertEquals(false, client.path("serviceAccountsEnabled").asBoolean());
        assertEquals(true, client.path("consentRequired").asBoolean());
        assertEquals(false, client.path("fullScopeAllowed").asBoolean());
        assertEquals("Example Backpack", client.path("name").asText());
        assertEquals(List.of(ImsClientsFixture.REDIRECT), texts(client.path("redirectUris")));
        JsonNode attributes = client.path("attributes");
        assertEquals("S256", attributes.path("pkce.code.challenge.method").asText());
        assertEquals(ImsClientsFixture.HOST + "/logo.png", attributes.path("logoUri").asText());
        assertEquals(ImsClientsFixture.HOST + "/terms", attributes.path("tosUri").asText());
        assertEquals(ImsClientsFixture.HOST + "/privacy", attributes.path("policyUri").asText());
        String id = client.path("id").asText();
        assertEquals(Set.of(ImsApi.API_CLIENT_SCOPE, "basic"), names(ImsClientsFixture.admin(
                "/clients/" + id + "/default-client-scopes")));
        assertEquals(Set.of(ImsApi.OB_CREDENTIAL_READONLY, ImsApi.OB_PROFILE_READONLY, "offline_access"),
                names(ImsClientsFixture.admin("/clients/" + id + "/optional-client-scopes")));
    }

    @Test
    void aRefusalIsAnRfc7591ErrorAndCreatesNothing() {
        Map<String, Object> noLogo = ImsClientsFixture.validRegistration();
        noLogo.remove("logo_uri");
        ImsClientsFixture.register("northbridge", noLogo, ImsClientsFixture.newAddress())
                .then().statusCode(400).header("Cache-Control", "no-store")
                .body("error", equalTo("invalid_client_metadata"))
                .body("error_description", equalTo("logo_uri is required"));
        Map<String, Object> httpRedirect = ImsClientsFixture.validRegistration();
        httpRedirect.put("redirect_uris", List.of("http://platform.example/cb"));
        ImsClientsFixture.register("northbridge", httpRedirect, ImsClientsFixture.newAddress())
                .then().statusCode(400).body("error", equalTo("invalid_redirect_uri"));
        ImsClientsFixture.register("northbridge", "{not json", ImsClientsFixture.newAddress())
                .then().statusCode(400).body("error", equalTo("invalid_client_metadata"));
        assertTrue(ImsClientsFixture.clientsOf("northbridge").isEmpty());
    }

    @Test
    void anAddressOverItsAllowanceIsAnswered429WithRetryAfter() {
        String address = ImsClientsFixture.newAddress();
        Map<String, Object> refused = ImsClientsFixture.validRegistration();
        refused.remove("scope");
        // Refused registrations count too (test allowance: 5 per period).
        for (int i = 0; i < 5; i++) {
            ImsClientsFixture.register("northbridge", refused, address).then().statusCode(400);
        }
        String retryAfter = ImsClientsFixture.register("northbridge", ImsClientsFixture.validRegistration(), address)
                .then().statusCode(429).extract().header("Retry-After");
        assertTrue(Integer.parseInt(retryAfter) >= 1, retryAfter);
        ImsClientsFixture.register("northbridge", ImsClientsFixture.validRegistration(),
                ImsClientsFixture.newAddress()).then().statusCode(201);
    }

    @Test
    void aTenantAtItsCapRegistersNoMore() {
        for (int i = 0; i < 3; i++) {
            ImsClientsFixture.register("capped", ImsClientsFixture.validRegistration(),
                    ImsClientsFixture.newAddress()).then().statusCode(201);
        }
        ImsClientsFixture.register("capped", ImsClientsFixture.validRegistration(), ImsClientsFixture.newAddress())
                .then().statusCode(400).body("error", equalTo("invalid_client_metadata"))
                .body("error_description", org.hamcrest.Matchers.containsString("limit of 3"));
        assertEquals(3, ImsClientsFixture.clientsOf("capped").size());
        ImsClientsFixture.register("northbridge", ImsClientsFixture.validRegistration(),
                ImsClientsFixture.newAddress()).then().statusCode(201);
    }

    @Test
    void aTenantNotListedHasNoRegistrationEndpoint() {
        ImsClientsFixture.register("elsewhere", ImsClientsFixture.validRegistration(), ImsClientsFixture.newAddress())
                .then().statusCode(404).body("error", equalTo("invalid_request"));
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    private static Set<String> names(JsonNode scopes) {
        Set<String> names = new TreeSet<>();
        scopes.forEach(scope -> names.add(scope.path("name").asText()));
        return names;
    }
}
