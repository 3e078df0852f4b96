package org.microcred.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * New accounts in the realm, made as an institution invites a learner: through Keycloak's admin API with the bootstrap
 * administrator that bin/infra generated ({@code $MICROCRED_STATE_DIR/secrets.env}), with a verified email (or not), the
 * tenant attribute, the {@code earner} role and the demo password, so {@code KeycloakTokens.of(username)} signs them in.
 * Each test makes its own, so a test run on the same servers twice meets fresh learners.
 */
final class KeycloakAccounts {

    private final Http http;
    private final String keycloak;
    private final String demoPassword;

    KeycloakAccounts(JourneyClient client) {
        this.http = client.http();
        String realm = client.endpoints().realm();
        this.keycloak = realm.substring(0, realm.indexOf("/realms/"));
        this.demoPassword = client.endpoints().demoPassword();
    }

    /** Creates an earner of the tenant with this email; answers the username. */
    String createEarner(String tenant, String username, String email, boolean emailVerified) {
        String admin = adminToken();
        String users = keycloak + "/admin/realms/microcred/users";
        http.post(users, admin, Map.of("username", username, "enabled", true, "email", email,
                "emailVerified", emailVerified, "firstName", "Invited", "lastName", "Learner",
                "attributes", Map.of("tenant", List.of(tenant)),
                "credentials", List.of(Map.of("type", "password", "value", demoPassword, "temporary", false))))
                .expect(201);
        String id = http.get(users + "?exact=true&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8),
                admin).expect(200).json().get(0).path("id").asText();
        JsonNode earner = http.get(keycloak + "/admin/realms/microcred/roles/earner", admin).expect(200).json();
        http.post(users + "/" + id + "/role-mappings/realm", admin, List.of(earner)).expect(204);
        return username;
    }

    private String adminToken() {
        Map<String, String> secrets = secrets();
        String form = "grant_type=password&client_id=admin-cli&username="
                + URLEncoder.encode(secrets.get("KC_BOOTSTRAP_ADMIN_USERNAME"), StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(secrets.get("KC_BOOTSTRAP_ADMIN_PASSWORD"), StandardCharsets.UTF_8);
        return http.postForm(keycloak + "/realms/master/protocol/openid-connect/token", form).expect(200)
                .at("/access_token");
    }

    private static Map<String, String> secrets() {
        String state = Endpoints.required(System.getenv(), "MICROCRED_STATE_DIR");
        try {
            return Files.readAllLines(Path.of(state, "secrets.env")).stream().filter(line -> line.contains("="))
                    .collect(java.util.stream.Collectors.toMap(line -> line.substring(0, line.indexOf('=')),
                            line -> line.substring(line.indexOf('=') + 1), (a, b) -> b));
        } catch (IOException e) {
            throw new UncheckedIOException("bin/infra's secrets under " + state, e);
        }
    }
}
