package org.microcred.wallet.external;

import org.microcred.wallet.WalletDb;

/** The external credential table as the tests see it in the real database (time travel, counting rows). */
public final class ExternalDb {

    private ExternalDb() {
    }

    /** A clean slate: the tests that write this table (external/, ims/) each start with one. */
    public static void clear() {
        update("DELETE FROM external_credential");
    }

    public static int update(String sql, Object... parameters) {
        return WalletDb.update(sql, parameters);
    }

    public static long count(String sql, Object... parameters) {
        return WalletDb.count(sql, parameters);
    }
}
