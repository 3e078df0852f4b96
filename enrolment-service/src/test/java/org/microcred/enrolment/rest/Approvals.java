package org.microcred.enrolment.rest;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.microcred.support.testing.Tokens;

/**
 * Publication through the approval gate, on by default for every tenant: the issuer-admin submits the draft and the
 * tenant's release-manager ({@code nb-release}, {@code sp-release}) approves it. For tests that need a published
 * version, not the review itself ({@code ApprovalTest} tests that).
 */
public final class Approvals {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> RELEASE_MANAGERS = Map.of("northbridge", "nb-release",
            "southport", "sp-release");

    private Approvals() {
    }

    /**
     * Submits the newest version of {@code path} (e.g. {@code /api/v1/achievements/<id>}) with the issuer-admin's
     * token and approves it as the release-manager of the token's tenant: the approval's answer, or the submission's
     * when it failed (404, 409, 422...).
     */
    public static Response publish(String adminToken, String path) {
        Response submitted = given().auth().oauth2(adminToken).post(path + "/submit");
        if (submitted.statusCode() != 200) {
            return submitted;
        }
        return given().auth().oauth2(releaseManager(adminToken)).post(path + "/approve");
    }

    /** As {@link #publish(String, String)}, by the demo user's name. */
    public static Response publishAs(String admin, String path) {
        return publish(Tokens.user(admin), path);
    }

    /** A token of the release-manager of the tenant of {@code token} (a user's token). */
    public static String releaseManager(String token) {
        return Tokens.user(releaseManagerName(tenantOf(token)));
    }

    /** The demo release-manager of a tenant. */
    public static String releaseManagerName(String tenant) {
        String name = RELEASE_MANAGERS.get(tenant);
        if (name == null) {
            throw new IllegalArgumentException("No demo release-manager in tenant " + tenant);
        }
        return name;
    }

    private static String tenantOf(String token) {
        try {
            String[] parts = token.split("\\.");
            JsonNode claims = JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
            return claims.path("tenant").asText();
        } catch (java.io.IOException | RuntimeException e) {
            throw new IllegalArgumentException("Not a user's token", e);
        }
    }
}
