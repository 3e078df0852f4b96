package org.microcred.e2e.containers;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.microcred.e2e.Endpoints;
import org.microcred.e2e.Http;
import org.microcred.e2e.JourneyClient;
import org.microcred.e2e.KafkaAcls;

/**
 * The five service images running as containers against the real PostgreSQL, Kafka and Keycloak of bin/infra. A run
 * has its own topic prefix ({@code e2e-ctr-<ts>.}, which {@code bin/infra reset-test-topics} removes) and empties its
 * own databases ({@code <service>_containers}), so it shares nothing with the process-based end-to-end tests, which
 * use ports 18081-18085 and the {@code _e2e} databases.
 */
final class ContainerisedSystem {

    static final List<String> SERVICES = List.of("enrolment", "submission", "assessment", "issuance", "wallet");
    private static final int BASE_PORT = 28081;
    private static final String DATABASE_SUFFIX = "_containers";

    final String runId = Long.toString(System.currentTimeMillis(), 36);
    final String topicPrefix = "e2e-ctr-" + runId + ".";
    private final Map<String, String> env = System.getenv();
    private final Path repo;
    private final Path logs;
    private final ServiceEnvironment environments;
    private final KafkaAcls acls;
    private final Map<String, ServiceContainer> containers = new LinkedHashMap<>();

    ContainerisedSystem(Path repo) {
        this.repo = repo;
        this.logs = repo.resolve("e2e-tests/target/e2e-logs/containers");
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (int i = 0; i < SERVICES.size(); i++) {
            ports.put(SERVICES.get(i), BASE_PORT + i);
        }
        this.environments = new ServiceEnvironment(env, topicPrefix, DATABASE_SUFFIX, ports);
        // The ACL table of deploy/infra/kafka/acls.txt for this run's prefix, as the process-based harness grants it.
        this.acls = new KafkaAcls(repo, env);
    }

    /** Builds the images, then starts the five containers one after another (two cores; each start migrates). */
    void start() {
        ServiceImages images = new ServiceImages(repo);
        images.build(logs.resolve("bin-images-build.log"));
        SERVICES.forEach(this::emptyDatabase);
        acls.grant(topicPrefix);
        for (int i = 0; i < SERVICES.size(); i++) {
            String service = SERVICES.get(i);
            ServiceContainer container = new ServiceContainer(service, images.image(service), BASE_PORT + i,
                    environments.of(service), runId);
            containers.put(service, container);
            container.start();
        }
    }

    /** Keeps each container's log in e2e-tests/target/e2e-logs/containers, stops them, and drops the run's ACLs. */
    void stop() {
        containers.values().forEach(container -> {
            container.saveLogs(logs);
            container.stop();
        });
        acls.forget(topicPrefix);
    }

    Map<String, ServiceContainer> containers() {
        return containers;
    }

    void printLogs() {
        containers.values().forEach(container -> System.out.println("---- log of the " + container.service()
                + " container (also in " + logs + ")\n" + container.logs()));
    }

    /** A client of the containers' REST APIs, with tokens from bin/infra's Keycloak. */
    JourneyClient client() {
        Map<String, String> ports = new HashMap<>(env);
        SERVICES.forEach(service -> ports.remove("MICROCRED_" + service.toUpperCase(java.util.Locale.ROOT) + "_PORT"));
        Endpoints endpoints = Endpoints.withPorts(ports, BASE_PORT, BASE_PORT + 1, BASE_PORT + 2, BASE_PORT + 3,
                BASE_PORT + 4);
        return new JourneyClient(new Http(), endpoints, endpoints.tokens());
    }

    /** Each run starts from empty databases, opened as the service's own role (which owns them). */
    private void emptyDatabase(String service) {
        String url = "jdbc:" + env.getOrDefault("MICROCRED_DB_URL_BASE", "postgresql://127.0.0.1:55432") + "/"
                + environments.databaseName(service);
        try (Connection connection = DriverManager.getConnection(url, environments.user(service),
                environments.password(service)); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA public CASCADE");
            statement.execute("CREATE SCHEMA public");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not empty " + url + " (bin/infra up creates the "
                    + DATABASE_SUFFIX + " databases)", e);
        }
    }
}
