package org.microcred.support.testing;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.microcred.events.EventCodec;

/**
 * Real access tokens from the Keycloak that bin/infra runs, for tests. Demo users are
 * {@code nb-*} (tenant northbridge) and {@code sp-*} (tenant southport): earner, earner2, assessor,
 * assessor2, admin (issuer-admin), release (release-manager).
 */
public final class Tokens {

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Tokens() {
    }

    /** A token of a demo user, fetched with the password grant of the demo client. */
    public static String user(String username) {
        return CACHE.computeIfAbsent("user:" + username, key -> given()
                .formParam("grant_type", "password")
                .formParam("client_id", "microcred-cli")
                .formParam("username", username)
                .formParam("password", env("MICROCRED_DEMO_PASSWORD"))
                .post(tokenEndpoint())
                .then().statusCode(200)
                .extract().path("access_token"));
    }

    /** A token of a tenant's LMS integration client, fetched with client credentials. */
    public static String lms(String tenant) {
        return CACHE.computeIfAbsent("lms:" + tenant, key -> given()
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", "lms-" + tenant)
                .formParam("client_secret", env("MICROCRED_LMS_" + tenant.toUpperCase() + "_SECRET"))
                .post(tokenEndpoint())
                .then().statusCode(200)
                .extract().path("access_token"));
    }

    /** A claim of a demo user's token, such as {@code tenant}; missing claims read as "". */
    public static String claim(String username, String name) {
        String payload = user(username).split("\\.")[1];
        try {
            return EventCodec.mapper().readTree(Base64.getUrlDecoder().decode(payload)).path(name).asText();
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable token of " + username, e);
        }
    }

    /** The {@code sub} of a demo user's token: the user id other services put in their events. */
    public static String subject(String username) {
        return claim(username, "sub");
    }

    private static String tokenEndpoint() {
        return System.getenv().getOrDefault("MICROCRED_OIDC_URL", "http://localhost:8180/realms/microcred")
                + "/protocol/openid-connect/token";
    }

    private static String env(String name) {
        String value = System.getenv(name);
        if (value == null) {
            throw new IllegalStateException(name + " is not set: run the tests through bin/test, "
                    + "or eval \"$(bin/infra env)\" first");
        }
        return value;
    }
}
