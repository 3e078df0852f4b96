package org.microcred.e2e.award;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads wallet-service's database directly (a benchmark tool, not a user): how many credentials of the benchmark's
 * micro-credentials are stored, and when each arrived. One count per poll is all the waiting costs the system.
 * Connects as wallet-service's own role, with the settings {@code bin/infra env} exports.
 */
final class WalletProbe implements AutoCloseable {

    /** When one award's credential was issued (by issuance) and stored (by the wallet). */
    record Arrival(Instant issuedAt, Instant storedAt) {
    }

    private final Connection connection;

    WalletProbe(Map<String, String> env) throws SQLException {
        String base = env.getOrDefault("MICROCRED_DB_URL_BASE", "postgresql://127.0.0.1:55432");
        connection = DriverManager.getConnection("jdbc:" + base + "/wallet",
                required(env, "MICROCRED_WALLET_DB_USER"), required(env, "MICROCRED_WALLET_DB_PASSWORD"));
    }

    /** How many credentials of these micro-credentials the wallet holds. */
    int count(List<UUID> achievementIds) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT count(*) FROM wallet_credential WHERE achievement_id = ANY (?)")) {
            query.setArray(1, uuids(achievementIds));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    /** Each stored credential of these micro-credentials, by the assessment that awarded it. */
    Map<UUID, Arrival> arrivals(List<UUID> achievementIds) throws SQLException {
        Map<UUID, Arrival> arrivals = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT assessment_id, issued_at, stored_at FROM wallet_credential WHERE achievement_id = ANY (?)")) {
            query.setArray(1, uuids(achievementIds));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    arrivals.put(rows.getObject(1, UUID.class), new Arrival(
                            rows.getTimestamp(2).toInstant(), rows.getTimestamp(3).toInstant()));
                }
            }
        }
        return arrivals;
    }

    private Array uuids(List<UUID> ids) throws SQLException {
        return connection.createArrayOf("uuid", ids.toArray());
    }

    private static String required(Map<String, String> env, String name) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set: eval \"$(bin/infra env)\" first");
        }
        return value;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
