package org.microcred.support.testing.containers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The realm the tests' Keycloak imports, as bin/infra makes it: deploy/keycloak/microcred-realm.json with the clients
 * and users of deploy/keycloak/demo-overlay.json appended (the password-grant client microcred-cli, the two demo
 * institutions' LMS clients, the demo users); an overlay client replaces the realm's client of the same id (the demo
 * {@code issuance-oid4vci} redirects to localhost). Placeholders such as {@code ${MICROCRED_DEMO_PASSWORD}} stay for
 * Keycloak to fill.
 */
final class DemoRealm {

    private static final Path REALM = Path.of("deploy", "keycloak", "microcred-realm.json");
    private static final Path OVERLAY = Path.of("deploy", "keycloak", "demo-overlay.json");

    private DemoRealm() {
    }

    /** The merged realm, read from the checkout that holds the working directory (a module directory in Maven). */
    static String fromCheckout() {
        return merge(checkoutRoot().resolve(REALM), checkoutRoot().resolve(OVERLAY));
    }

    static String merge(Path realmFile, Path overlayFile) {
        ObjectMapper json = new ObjectMapper();
        try {
            ObjectNode realm = (ObjectNode) json.readTree(realmFile.toFile());
            JsonNode overlay = json.readTree(overlayFile.toFile());
            ArrayNode clients = realm.has("clients") ? (ArrayNode) realm.get("clients") : realm.putArray("clients");
            for (JsonNode client : overlay.path("clients")) {
                String id = client.path("clientId").asText();
                for (int i = clients.size() - 1; i >= 0; i--) {
                    if (id.equals(clients.get(i).path("clientId").asText())) {
                        clients.remove(i);
                    }
                }
                clients.add(client);
            }
            ArrayNode users = realm.has("users") ? (ArrayNode) realm.get("users") : realm.putArray("users");
            overlay.path("users").forEach(users::add);
            return json.writeValueAsString(realm);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the realm " + realmFile + " or its overlay " + overlayFile,
                    e);
        }
    }

    private static Path checkoutRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(REALM))) {
                return dir;
            }
        }
        throw new IllegalStateException("No " + REALM + " in " + Path.of("").toAbsolutePath() + " or above it");
    }
}
