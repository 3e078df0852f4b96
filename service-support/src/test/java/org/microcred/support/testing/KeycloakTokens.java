package org.microcred.support.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.microcred.events.EventCodec;

/**
 * Real access tokens from the Keycloak that bin/infra runs, for the tests, the demo and the load driver: a demo
 * user's (password grant of the {@code microcred-cli} client) or a tenant's LMS client's (client credentials).
 * Tokens are reused until a minute before they expire (Keycloak gives them 5 minutes; a test run lasts longer),
 * then fetched anew: a new password or client-credentials grant rather than a refresh, since the demo users' password
 * is at hand and the microcred-cli client exists only in the demo realm. Plain JDK HTTP, so that code without REST
 * Assured can use it too.
 */
public final class KeycloakTokens {

    /** The user name prefix that names a tenant's LMS client instead of a user: {@code lms-northbridge}. */
    public static final String LMS_CLIENT = "lms-";
    private static final Duration MARGIN = Duration.ofMinutes(1);

    private final String tokenEndpoint;
    private final String demoPassword;
    private final UnaryOperator<String> environment;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, Token> cache = new ConcurrentHashMap<>();

    private record Token(String value, Instant refreshAfter) {
    }

    /**
     * @param realmUrl     e.g. http://localhost:8180/realms/microcred
     * @param environment  where the LMS clients' secrets {@code MICROCRED_LMS_<TENANT>_SECRET} are read
     */
    public KeycloakTokens(String realmUrl, String demoPassword, UnaryOperator<String> environment, Clock clock) {
        this.tokenEndpoint = realmUrl + "/protocol/openid-connect/token";
        this.demoPassword = demoPassword;
        this.environment = environment;
        this.clock = clock;
    }

    /**
     * From {@code MICROCRED_OIDC_URL} and {@code MICROCRED_DEMO_PASSWORD}, as bin/infra env exports them or the
     * containers mode sets them ({@link TestServerSettings}).
     */
    public static KeycloakTokens fromEnvironment() {
        return new KeycloakTokens(
                TestServerSettings.get("MICROCRED_OIDC_URL", "http://localhost:8180/realms/microcred"),
                required(TestServerSettings::get, "MICROCRED_DEMO_PASSWORD"), TestServerSettings::get,
                Clock.systemUTC());
    }

    /** A demo user's token; for {@code lms-<tenant>}, that institution's LMS client's. */
    public String of(String username) {
        if (username.startsWith(LMS_CLIENT)) {
            return lms(username.substring(LMS_CLIENT.length()));
        }
        return cached("user:" + username, () -> "grant_type=password&client_id=microcred-cli&username="
                + encode(username) + "&password=" + encode(demoPassword));
    }

    /**
     * A demo user's token that also carries the given OAuth scopes (space-separated), such as the Open Badges API's:
     * the demo realm lets the password-grant client ask for them, as a platform the user connected gets them.
     */
    public String withScopes(String username, String scopes) {
        return cached("user:" + username + " scopes:" + scopes, () -> "grant_type=password&client_id=microcred-cli"
                + "&username=" + encode(username) + "&password=" + encode(demoPassword) + "&scope=" + encode(scopes));
    }

    /** The token of a tenant's LMS integration (client {@code lms-<tenant>}, role {@code lms-integration}). */
    public String lms(String tenant) {
        return clientCredentials(LMS_CLIENT + tenant, "MICROCRED_LMS_" + tenant.toUpperCase() + "_SECRET");
    }

    /** A confidential client's own token (client credentials), its secret read from the named variable. */
    public String clientCredentials(String client, String secretVariable) {
        return cached("client:" + client, () -> "grant_type=client_credentials&client_id=" + encode(client)
                + "&client_secret=" + encode(required(environment, secretVariable)));
    }

    /** The claims of the user's access token, read, not verified (Keycloak just issued it to us). */
    public JsonNode claims(String username) {
        String payload = of(username).split("\\.")[1];
        try {
            return EventCodec.mapper().readTree(Base64.getUrlDecoder().decode(payload));
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable token of " + username, e);
        }
    }

    private String cached(String key, Supplier<String> form) {
        Instant now = clock.instant();
        return cache.compute(key, (k, held) -> held != null && now.isBefore(held.refreshAfter())
                ? held : fetch(form.get(), now)).value();
    }

    private Token fetch(String form, Instant now) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(tokenEndpoint))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token (" + response.statusCode() + "): "
                        + response.body());
            }
            JsonNode body = EventCodec.mapper().readTree(response.body());
            Duration lifetime = Duration.ofSeconds(body.path("expires_in").asLong(60));
            return new Token(body.path("access_token").asText(), now.plus(lifetime).minus(MARGIN));
        } catch (IOException e) {
            throw new UncheckedIOException("Keycloak unreachable at " + tokenEndpoint, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while fetching a token", e);
        }
    }

    static String required(UnaryOperator<String> environment, String name) {
        String value = environment.apply(name);
        if (value == null) {
            throw new IllegalStateException(name + " is not set: run through bin/test or bin/demo, "
                    + "or eval \"$(bin/infra env)\" first");
        }
        return value;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
