package org.microcred.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Access tokens of the demo users and LMS clients, fetched from Keycloak once and reused (they last 30 minutes). */
public final class Tokens {

    private static final String LMS_CLIENT = "lms-";

    private final Http http;
    private final Endpoints endpoints;
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    public Tokens(Http http, Endpoints endpoints) {
        this.http = http;
        this.endpoints = endpoints;
    }

    /**
     * A demo user's token; for {@code lms-<tenant>}, the token of that institution's LMS integration
     * (Keycloak client {@code lms-<tenant>}, client credentials, secret {@code MICROCRED_LMS_<TENANT>_SECRET}).
     */
    public String of(String username) {
        if (username.startsWith(LMS_CLIENT)) {
            return lms(username.substring(LMS_CLIENT.length()));
        }
        return cache.computeIfAbsent(username, user -> http.postForm(
                        endpoints.realm() + "/protocol/openid-connect/token",
                        "grant_type=password&client_id=microcred-cli&username=" + encode(user)
                                + "&password=" + encode(endpoints.demoPassword()))
                .expect(200).at("/access_token"));
    }

    /** The token of a tenant's LMS integration (role {@code lms-integration}, claim {@code tenant}). */
    public String lms(String tenant) {
        String client = LMS_CLIENT + tenant;
        return cache.computeIfAbsent(client, key -> http.postForm(
                        endpoints.realm() + "/protocol/openid-connect/token",
                        "grant_type=client_credentials&client_id=" + encode(client) + "&client_secret="
                                + encode(Endpoints.required(System.getenv(), "MICROCRED_LMS_" + tenant.toUpperCase()
                                        + "_SECRET")))
                .expect(200).at("/access_token"));
    }

    /**
     * The claims of the user's access token, read (not verified: Keycloak just issued it to us) for
     * what an LMS knows of its learners: {@code sub} is the earner id every service uses.
     */
    public JsonNode claims(String username) {
        String[] parts = of(username).split("\\.");
        try {
            return new ObjectMapper().readTree(Base64.getUrlDecoder().decode(parts[1]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
