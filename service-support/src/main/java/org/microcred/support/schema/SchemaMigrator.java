package org.microcred.support.schema;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;

/**
 * Applies the Flyway migrations before the service takes traffic: the shared tables of
 * {@code db/support} and the service's own {@code db/migration}. (The quarkus-flyway extension of
 * our pinned Quarkus version is missing from the Maven Central we build from, so Flyway runs here
 * over a plain JDBC connection; Hibernate Reactive never generates the schema.)
 */
@Singleton
public class SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class);

    private final String url;
    private final String user;
    private final String password;

    public SchemaMigrator(@ConfigProperty(name = "microcred.db.jdbc-url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String user,
            @ConfigProperty(name = "quarkus.datasource.password") String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    void migrate(@Observes @Priority(1) StartupEvent start) {
        var result = Flyway.configure(getClass().getClassLoader())
                .dataSource(url, user, password)
                .locations("classpath:db/support", "classpath:db/migration")
                .load()
                .migrate();
        LOG.infof("Database schema at version %s (%d migrations applied)", result.targetSchemaVersion,
                result.migrationsExecuted);
    }
}
