package org.microcred.support.testing.containers;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;
import org.microcred.support.testing.TestServerSettings;

/**
 * Where a service's tests find PostgreSQL, Kafka and Keycloak. By default (MICROCRED_TEST_SERVERS unset or
 * {@code infra}) this resource does nothing and the tests use the servers of bin/infra, read from the environment.
 * With {@code MICROCRED_TEST_SERVERS=containers} it starts the three servers as containers (Testcontainers, once per
 * JVM, shared by every test class) and hands their settings to the application as configuration and to the test
 * helpers as system properties ({@link TestServerSettings}), under the names bin/infra env prints.
 *
 * <p>A service opts in with one class of its tests annotated {@code @QuarkusTestResource(TestServers.class)}.
 */
public class TestServers implements QuarkusTestResourceLifecycleManager {

    public static final String MODE = "MICROCRED_TEST_SERVERS";

    /**
     * Variables of bin/infra env that are also the environment form of a property the services read directly
     * (SmallRye Config takes KAFKA_BOOTSTRAP_SERVERS for kafka.bootstrap.servers): given under the property's name as
     * well, or such a variable left in the shell would win over the containers' value.
     */
    static final Map<String, String> PROPERTY_OF_VARIABLE = Map.of(
            "KAFKA_BOOTSTRAP_SERVERS", "kafka.bootstrap.servers",
            "MICROCRED_KAFKA_SECURITY_PROTOCOL", "microcred.kafka.security.protocol",
            "MICROCRED_MASTER_KEY", "microcred.master-key");

    @Override
    public Map<String, String> start() {
        if (!containersMode()) {
            return Map.of();
        }
        Map<String, String> settings = ServerContainers.settings();
        settings.forEach(System::setProperty);
        return configuration(settings);
    }

    static Map<String, String> configuration(Map<String, String> settings) {
        Map<String, String> configuration = new HashMap<>(settings);
        PROPERTY_OF_VARIABLE.forEach((variable, property) -> {
            if (settings.containsKey(variable)) {
                configuration.put(property, settings.get(variable));
            }
        });
        return configuration;
    }

    /** The containers outlive one application start: they serve the JVM's next test classes too. */
    @Override
    public void stop() {
    }

    static boolean containersMode() {
        String mode = TestServerSettings.get(MODE, "infra");
        return switch (mode) {
            case "containers" -> true;
            case "infra", "" -> false;
            default -> throw new IllegalStateException(MODE + " is '" + mode + "': 'containers' starts the servers "
                    + "with Testcontainers, 'infra' (the default) uses those of bin/infra");
        };
    }
}
