package org.microcred.wallet.ims.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.microcred.events.EventCodec;
import org.microcred.wallet.ims.ImsApi;

/** The registration rules, each refusal on its own: what the OB 3.0 specification and our limits demand. */
class RegistrationRulesTest {

    private static ImsClientsConfig config(boolean allowHttpLocalhost) {
        return new ImsClientsConfig() {
            public Optional<List<String>> tenants() { return Optional.of(List.of("northbridge")); }
            public int maxClientsPerTenant() { return 3; }
            public int registrationsPerAddress() { return 5; }
            public Duration registrationPeriod() { return Duration.ofMinutes(1); }
            public int maxTrackedAddresses() { return 100; }
            public int maxRequestBytes() { return 16384; }
            public int maxUriLength() { return 200; }
            public int maxRedirectUris() { return 2; }
            public int maxNameLength() { return 40; }
            public int maxSoftwareLength() { return 40; }
            public boolean allowHttpLocalhost() { return allowHttpLocalhost; }
        };
    }

    private final RegistrationRules rules = new RegistrationRules(config(false));

    private static String json(Map<String, Object> body) {
        try {
            return EventCodec.mapper().writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private RegistrationRefused refusal(RegistrationRules rules, Map<String, Object> body) {
        return assertThrows(RegistrationRefused.class, () -> rules.check(json(body)));
    }

    private RegistrationRefused refusalWith(String field, Object value) {
        Map<String, Object> body = ImsClientsFixture.validRegistration();
        body.put(field, value);
        return refusal(rules, body);
    }

    @Test
    void theRegistrationPathIsImsApis() {
        assertEquals(ImsApi.PREFIX + "/{tenant}" + ImsApi.REGISTER,
                RegistrationResource.class.getAnnotation(jakarta.ws.rs.Path.class).value());
    }

    @Test
    void aCompleteRegistrationIsAcceptedAsSent() {
        ClientMetadata metadata = rules.check(json(ImsClientsFixture.validRegistration()));
        assertEquals("Example Backpack", metadata.clientName());
        assertEquals(List.of(ImsClientsFixture.REDIRECT), metadata.redirectUris());
        assertEquals(List.of(ImsApi.OB_CREDENTIAL_READONLY, ImsApi.OB_PROFILE_READONLY, "offline_access"),
                metadata.scopes());
    }

    @ParameterizedTest
    @ValueSource(strings = {"client_name", "client_uri", "logo_uri", "tos_uri", "policy_uri", "software_id",
            "software_version", "scope"})
    void eachRequiredFieldIsRequired(String field) {
        Map<String, Object> body = ImsClientsFixture.validRegistration();
        body.remove(field);
        RegistrationRefused refused = refusal(rules, body);
        assertEquals(RegistrationRefused.INVALID_CLIENT_METADATA, refused.error());
        assertEquals(field + " is required", refused.getMessage());
    }

    @Test
    void redirectUrisAreRequired() {
        Map<String, Object> body = ImsClientsFixture.validRegistration();
        body.remove("redirect_uris");
        assertEquals(RegistrationRefused.INVALID_REDIRECT_URI, refusal(rules, body).error());
        assertEquals(RegistrationRefused.INVALID_REDIRECT_URI, refusalWith("redirect_uris", List.of()).error());
    }

    @ParameterizedTest
    @ValueSource(strings = {"client_uri", "logo_uri", "tos_uri", "policy_uri"})
    void anHttpUrlIsRefused(String field) {
        RegistrationRefused refused = refusalWith(field, "http://platform.example/x");
        assertEquals(RegistrationRefused.INVALID_CLIENT_METADATA, refused.error());
        assertTrue(refused.getMessage().contains("https"), refused.getMessage());
    }

    @Test
    void anHttpRedirectUriIsRefused() {
        assertEquals(RegistrationRefused.INVALID_REDIRECT_URI,
                refusalWith("redirect_uris", List.of("http://platform.example/cb")).error());
    }

    @ParameterizedTest
    @ValueSource(strings = {"logo_uri", "tos_uri", "policy_uri"})
    void aUrlOnAnotherHostIsRefused(String field) {
        RegistrationRefused refused = refusalWith(field, "https://elsewhere.example/x");
        assertTrue(refused.getMessage().contains("host of client_uri"), refused.getMessage());
    }

    @Test
    void aRedirectUriOnAnotherHostIsRefused() {
        RegistrationRefused refused = refusalWith("redirect_uris", List.of("https://elsewhere.example/cb"));
        assertEquals(RegistrationRefused.INVALID_REDIRECT_URI, refused.error());
    }

    @Test
    void aRedirectUriWithAFragmentIsRefused() {
        assertEquals(RegistrationRefused.INVALID_REDIRECT_URI,
                refusalWith("redirect_uris", List.of(ImsClientsFixture.REDIRECT + "#x")).error());
    }

    @Test
    void anUnknownScopeIsRefused() {
        RegistrationRefused refused = refusalWith("scope", ImsApi.OB_CREDENTIAL_READONLY + " openid roles");
        assertTrue(refused.getMessage().endsWith("openid roles"), refused.getMessage());
    }

    @Test
    void offlineAccessAloneIsNotEnough() {
        refusalWith("scope", "offline_access");
    }

    @Test
    void limitsAreKept() {
        refusalWith("client_name", "x".repeat(41));
        refusalWith("software_id", "x".repeat(41));
        refusalWith("tos_uri", ImsClientsFixture.HOST + "/" + "x".repeat(200));
        refusalWith("redirect_uris", List.of(ImsClientsFixture.REDIRECT + "1", ImsClientsFixture.REDIRECT + "2",
                ImsClientsFixture.REDIRECT + "3"));
        refusalWith("client_name", "Example\nBackpack");
    }

    @Test
    void flowsOtherThanOursAreRefused() {
        refusalWith("grant_types", List.of("client_credentials"));
        refusalWith("response_types", List.of("token"));
        refusalWith("token_endpoint_auth_method", "none");
        assertEquals("Example Backpack", rules.check(json(withFlows())).clientName());
    }

    private static Map<String, Object> withFlows() {
        Map<String, Object> body = ImsClientsFixture.validRegistration();
        body.put("grant_types", List.of("authorization_code", "refresh_token"));
        body.put("response_types", List.of("code"));
        body.put("token_endpoint_auth_method", "client_secret_basic");
        body.put("contacts", List.of("dev@platform.example"));
        return body;
    }

    @Test
    void notJsonIsRefusedAsMetadata() {
        assertEquals(RegistrationRefused.INVALID_CLIENT_METADATA,
                assertThrows(RegistrationRefused.class, () -> rules.check("{\"client_name\":")).error());
        assertThrows(RegistrationRefused.class, () -> rules.check("[]"));
        assertThrows(RegistrationRefused.class, () -> rules.check("{\"scope\":1,\"scope\":2}"));
    }

    @Test
    void httpLocalhostOnlyWhenTestsAllowIt() {
        Map<String, Object> local = ImsClientsFixture.validRegistration();
        for (String field : List.of("client_uri", "logo_uri", "tos_uri", "policy_uri")) {
            local.put(field, "http://localhost:9999/" + field);
        }
        local.put("redirect_uris", List.of("http://localhost:9999/cb"));
        refusal(rules, local);
        assertEquals("http://localhost:9999/cb",
                new RegistrationRules(config(true)).check(json(local)).redirectUris().get(0));
        local.put("logo_uri", "http://platform.example/logo.png");
        refusal(new RegistrationRules(config(true)), local);
    }
}
