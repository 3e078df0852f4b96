package org.microcred.enrolment.bulk;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * {@code microcred.award-jobs.*}: bulk award jobs. Their body limit is the shared one,
 * {@code microcred.http.body-limit.paths."/api/v1/award-jobs"}.
 */
@ConfigMapping(prefix = "microcred.award-jobs")
public interface AwardJobsConfig {

    /** The most rows a batch may have (422 {@code too-many-rows} beyond). */
    @WithDefault("10000")
    int maxRows();

    /**
     * How often the processor looks for waiting rows when nothing wakes it: a submission wakes it at once, so this
     * finds jobs submitted to another instance or left by one that stopped (at once again after a pass that took rows).
     */
    @WithDefault("5s")
    Duration interval();

    /** The most rows one pass applies (in transactions of {@code rows-per-transaction}) before the next pass. */
    @WithDefault("100")
    int batchSize();

    /**
     * Rows applied in one transaction: fewer commits and job locks per row. A batch that fails for another reason than
     * a server away is applied again one row to a transaction, so a bad row costs only itself.
     */
    @WithDefault("25")
    int rowsPerTransaction();

    /**
     * Workers applying one job's rows at once, each in transactions of its own over different rows: a row's
     * transaction mostly waits for the database, so a few at once use the machine better.
     */
    @WithDefault("4")
    int concurrency();

    /** Attempts of a row that fails unexpectedly (not a problem of the row, not a server away) before it is FAILED. */
    @WithDefault("3")
    int maxAttempts();

    /** false: this instance applies no rows (they wait for an instance where it is on). */
    @WithDefault("true")
    boolean enabled();
}
