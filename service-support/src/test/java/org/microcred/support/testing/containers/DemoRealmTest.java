package org.microcred.support.testing.containers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tests' realm is bin/infra's: the realm file with the demo overlay's clients and users appended. */
class DemoRealmTest {

    private static final Path KEYCLOAK = Path.of("..", "deploy", "keycloak");

    @Test
    void realmKeepsItsOwnClientsAndGainsTheDemoClientsAndUsers() throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode realm = json.readTree(KEYCLOAK.resolve("microcred-realm.json").toFile());
        JsonNode merged = json.readTree(DemoRealm.fromCheckout());

        List<String> clients = values(merged.path("clients"), "clientId");
        assertTrue(clients.containsAll(values(realm.path("clients"), "clientId")), clients::toString);
        assertTrue(clients.containsAll(List.of("microcred-cli", "lms-northbridge", "lms-southport")),
                clients::toString);
        assertTrue(values(merged.path("users"), "username").containsAll(List.of("nb-earner", "sp-admin")));
        assertEquals(realm.path("realm").asText(), merged.path("realm").asText());
    }

    @Test
    void aDemoClientReplacesTheRealmsClientOfTheSameId() {
        JsonNode merged;
        try {
            merged = new ObjectMapper().readTree(DemoRealm.fromCheckout());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        List<String> clients = values(merged.path("clients"), "clientId");
        assertEquals(clients.size(), clients.stream().distinct().count(), "each client once: " + clients);
        merged.path("clients").forEach(client -> {
            if ("issuance-oid4vci".equals(client.path("clientId").asText())) {
                assertEquals("http://localhost:*", client.path("redirectUris").path(0).asText());
            }
        });
        assertTrue(clients.contains("issuance-oid4vci"), clients::toString);
    }

    @Test
    void placeholdersAreLeftForKeycloakToFill() {
        assertTrue(DemoRealm.fromCheckout().contains("${MICROCRED_DEMO_PASSWORD}"));
    }

    private static List<String> values(JsonNode items, String field) {
        List<String> values = new ArrayList<>();
        items.forEach(item -> values.add(item.path(field).asText()));
        return values;
    }
}
