package org.microcred.e2e;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Access tokens of the demo users, fetched from Keycloak once and reused (they last 30 minutes). */
public final class Tokens {

    private final Http http;
    private final Endpoints endpoints;
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    public Tokens(Http http, Endpoints endpoints) {
        this.http = http;
        this.endpoints = endpoints;
    }

    public String of(String username) {
        return cache.computeIfAbsent(username, user -> http.postForm(
                        endpoints.realm() + "/protocol/openid-connect/token",
                        "grant_type=password&client_id=microcred-cli&username=" + encode(user)
                                + "&password=" + encode(endpoints.demoPassword()))
                .expect(200).at("/access_token"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
