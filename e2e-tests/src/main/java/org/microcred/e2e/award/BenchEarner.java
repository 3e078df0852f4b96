package org.microcred.e2e.award;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;

/**
 * A real user of the realm as the services know them: the token's subject is the earner (or assessor) id that
 * assessment-service would put into a decision, with the institution, email and name the token states.
 */
record BenchEarner(String username, String tenantId, String id, String email, String name) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The user's claims, read from the payload of a token Keycloak issued to them (not verified: it is ours). */
    static BenchEarner fromToken(String username, String accessToken) {
        String[] parts = accessToken.split("\\.");
        if (parts.length < 2) {
            throw new IllegalStateException("Not a JWT for " + username);
        }
        try {
            JsonNode claims = MAPPER.readTree(Base64.getUrlDecoder().decode(parts[1]));
            return new BenchEarner(username, claims.path("tenant").asText(), claims.path("sub").asText(),
                    claims.path("email").asText(), claims.path("name").asText(username));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
