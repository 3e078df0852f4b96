package org.microcred.wallet.external;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.microcred.wallet.WalletDb;

/** The external credential table as the tests see it in the real database (time travel, counting rows). */
final class ExternalDb {

    private ExternalDb() {
    }

    /** A clean slate: no other test writes this table. */
    static void clear() {
        update("DELETE FROM external_credential");
    }

    static int update(String sql, Object... parameters) {
        return WalletDb.update(sql, parameters);
    }

    static long count(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection connect() throws SQLException {
        return WalletDb.connect();
    }
}
