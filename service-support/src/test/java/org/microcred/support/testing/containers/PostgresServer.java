package org.microcred.support.testing.containers;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * PostgreSQL in a container, prepared as bin/infra prepares its own: one login role per service
 * ({@code microcred_<service>}) owning that service's test database ({@code <service>_test}), which no other role
 * may open.
 */
final class PostgresServer {

    private final PostgreSQLContainer container;
    private final Map<String, String> secrets;

    PostgresServer(DockerImageName image, Map<String, String> secrets, String adminPassword) {
        this.container = new PostgreSQLContainer(image)
                .withUsername("postgres")
                .withPassword(adminPassword)
                .withDatabaseName("postgres");
        this.secrets = secrets;
    }

    /** Starts the server, makes the roles and databases, and answers the settings bin/infra env would print. */
    Map<String, String> start() {
        container.start();
        try (Connection admin = DriverManager.getConnection(container.getJdbcUrl(), container.getUsername(),
                container.getPassword()); Statement sql = admin.createStatement()) {
            sql.execute("REVOKE ALL ON DATABASE postgres FROM PUBLIC");
            for (String service : TestSecrets.SERVICES) {
                // DDL takes no bind parameters; the generated passwords are alphanumeric (TestSecrets).
                sql.execute("CREATE ROLE " + role(service) + " LOGIN PASSWORD '"
                        + secrets.get(TestSecrets.databasePasswordOf(service)) + "'");
                sql.execute("CREATE DATABASE " + service + "_test OWNER " + role(service));
                sql.execute("REVOKE ALL ON DATABASE " + service + "_test FROM PUBLIC");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the test databases in " + container.getJdbcUrl(), e);
        }
        Map<String, String> settings = new LinkedHashMap<>();
        int port = container.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT);
        settings.put("MICROCRED_DB_URL_BASE", "postgresql://" + container.getHost() + ":" + port);
        for (String service : TestSecrets.SERVICES) {
            settings.put(TestSecrets.databaseUserOf(service), role(service));
            settings.put(TestSecrets.databasePasswordOf(service), secrets.get(TestSecrets.databasePasswordOf(service)));
        }
        return settings;
    }

    void stop() {
        container.stop();
    }

    private static String role(String service) {
        return "microcred_" + service;
    }
}
