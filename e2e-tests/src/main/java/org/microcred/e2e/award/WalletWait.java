package org.microcred.e2e.award;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** Waits until the wallet holds a number of credentials, giving up only when none arrives for a while. */
final class WalletWait {

    /**
     * Only the end of the wait depends on it (latencies come from the stored times): each poll is one count over the
     * wallet's table, so twice a second keeps what the tool itself costs the database small.
     */
    private static final long POLL_MILLIS = 500;

    private WalletWait() {
    }

    /** True once {@code expected} are stored; false when the count stood still for {@code stall}. */
    static boolean until(WalletProbe wallet, List<UUID> achievementIds, int expected, Duration stall)
            throws SQLException, InterruptedException {
        int seen = -1;
        long lastProgress = System.nanoTime();
        long lastReport = 0;
        while (true) {
            int count = wallet.count(achievementIds);
            if (count >= expected) {
                return true;
            }
            if (count > seen) {
                seen = count;
                lastProgress = System.nanoTime();
            } else if (System.nanoTime() - lastProgress > stall.toNanos()) {
                System.err.printf("The wallet holds %d of %d and none arrived for %d s%n", count, expected,
                        stall.toSeconds());
                return false;
            }
            if (System.nanoTime() - lastReport > 5_000_000_000L) {
                System.out.printf("In the wallet: %d of %d%n", count, expected);
                lastReport = System.nanoTime();
            }
            Thread.sleep(POLL_MILLIS);
        }
    }
}
