package org.microcred.support.testing.containers;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * The three servers of one test JVM, started together (in parallel: Keycloak's start alone takes longer than the
 * other two) the first time a test asks, and stopped when the JVM exits: Testcontainers' reaper (Ryuk) is an image
 * from a registry and may be disabled, so nothing else would remove them.
 */
final class ServerContainers {

    private static ServerContainers shared;

    private final Map<String, String> settings;

    private ServerContainers(Map<String, String> settings) {
        this.settings = settings;
    }

    /** The running servers' settings: addresses, users and secrets under the names bin/infra env prints. */
    static synchronized Map<String, String> settings() {
        if (shared == null) {
            shared = start(ServerImages.fromSettings(), new TestSecrets());
        }
        return shared.settings;
    }

    private static ServerContainers start(ServerImages images, TestSecrets generator) {
        Map<String, String> secrets = generator.generate();
        PostgresServer postgres = new PostgresServer(images.postgres(), secrets, generator.adminPassword());
        KafkaServer kafka = new KafkaServer(images.kafka());
        KeycloakServer keycloak = new KeycloakServer(images.keycloak(), secrets, generator.adminPassword(),
                DemoRealm.fromCheckout());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            keycloak.stop();
            kafka.stop();
            postgres.stop();
        }, "test-server-containers-stop"));
        CompletableFuture<Map<String, String>> database = CompletableFuture.supplyAsync(postgres::start);
        CompletableFuture<Map<String, String>> broker = CompletableFuture.supplyAsync(kafka::start);
        CompletableFuture<Map<String, String>> identity = CompletableFuture.supplyAsync(keycloak::start);
        Map<String, String> settings = new LinkedHashMap<>(secrets);
        settings.putAll(joined(database));
        settings.putAll(joined(broker));
        settings.putAll(joined(identity));
        return new ServerContainers(Map.copyOf(settings));
    }

    private static Map<String, String> joined(CompletableFuture<Map<String, String>> start) {
        try {
            return start.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }
}
