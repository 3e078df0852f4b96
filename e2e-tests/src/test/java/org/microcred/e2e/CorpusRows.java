package org.microcred.e2e;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Row counts of a service's tables in its e2e database, to show that a refused request wrote
 * nothing. Without a list of tables, every table but the bookkeeping ones (Flyway's history, the
 * events a consumer applied: those move with the other services' events, not with a request) and
 * the program analytics' projection, which only its consumer writes: it reads every topic from its
 * beginning, so it is still catching up with the run's earlier journeys while the corpus runs.
 */
final class CorpusRows implements AutoCloseable {

    private static final List<String> BOOKKEEPING = List.of("flyway_schema_history", "processed_event",
            "analytics_enrolment", "analytics_attempt", "analytics_credential", "analytics_share",
            "analytics_pathway_completion");

    private final RunningSystem system;
    private final Map<String, Connection> connections = new ConcurrentHashMap<>();

    CorpusRows(RunningSystem system) {
        this.system = system;
    }

    /** Each table's row count, by name. */
    synchronized Map<String, Long> count(String service, List<String> tables) {
        try {
            Connection connection = connection(service);
            List<String> names = tables.isEmpty() ? tables(connection) : tables;
            StringBuilder sql = new StringBuilder();
            for (String name : names) {
                sql.append(sql.length() == 0 ? "" : " UNION ALL ").append("SELECT '").append(name)
                        .append("', count(*) FROM ").append(name);
            }
            Map<String, Long> counts = new TreeMap<>();
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery(sql.toString())) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getLong(2));
                }
            }
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count the rows of " + service, e);
        }
    }

    /** The tables whose counts differ, with before and after. */
    static String difference(Map<String, Long> before, Map<String, Long> after) {
        StringBuilder out = new StringBuilder();
        after.forEach((table, count) -> {
            long was = before.getOrDefault(table, 0L);
            if (was != count) {
                out.append(out.length() == 0 ? "" : ", ").append(table).append(' ').append(was).append("->")
                        .append(count);
            }
        });
        return out.toString();
    }

    private Connection connection(String service) throws SQLException {
        Connection connection = connections.get(service);
        if (connection == null || connection.isClosed()) {
            connection = system.database(service);
            connection.setAutoCommit(true);
            connections.put(service, connection);
        }
        return connection;
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rows = connection.getMetaData().getTables(null, "public", "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                String name = rows.getString("TABLE_NAME");
                if (!BOOKKEEPING.contains(name)) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    @Override
    public void close() {
        connections.values().forEach(connection -> {
            try {
                connection.close();
            } catch (SQLException e) {
                // Closing at the end of the run: nothing left to protect.
            }
        });
    }
}
