package org.microcred.support.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A service's test database reached directly (its {@code microcred.db.jdbc-url}): what a request left behind, and what
 * only the tables' owner can do to its audit trail.
 */
public final class AuditDb {

    private AuditDb() {
    }

    public static long count(String sql, Object... params) {
        try (Connection db = connect(); PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                query.setObject(i + 1, params[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Runs one statement as the service's own role; answers the rows it changed. */
    public static int update(String sql) throws SQLException {
        try (Connection db = connect(); Statement statement = db.createStatement()) {
            return statement.executeUpdate(sql);
        }
    }

    /** An outbox row that the relay gave up on, as an operator finds it under /api/v1/ops/outbox/parked. */
    public static UUID parkedOutboxEvent(String tenantId, String topic, String eventType) throws SQLException {
        UUID eventId = UUID.randomUUID();
        update("INSERT INTO outbox_event (event_id, topic, record_key, event_type, tenant_id, subject, occurred_at,"
                + " envelope, parked_at, park_reason) VALUES ('" + eventId + "', '" + topic + "', 'k', '" + eventType
                + "', '" + tenantId + "', 's', now(), '{}', now(), 'too-large: test')");
        return eventId;
    }

    /** What only the table's owner can do: the statement with the append-only trigger disabled, in one transaction. */
    public static void asOwner(String sql) throws SQLException {
        try (Connection db = connect(); Statement statement = db.createStatement()) {
            db.setAutoCommit(false);
            statement.execute("ALTER TABLE audit_record DISABLE TRIGGER audit_record_no_update_or_delete");
            int changed = statement.executeUpdate(sql);
            statement.execute("ALTER TABLE audit_record ENABLE TRIGGER audit_record_no_update_or_delete");
            if (changed != 1) {
                db.rollback();
                throw new IllegalStateException(sql + " changed " + changed + " rows");
            }
            db.commit();
        }
    }

    private static Connection connect() throws SQLException {
        Config config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("microcred.db.jdbc-url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
    }
}
