package org.microcred.issuance.capability;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code microcred.capabilities.cleanup.*}: the pass that deletes expired one-use capabilities ({@link ExpiredCapabilities}). */
@ConfigMapping(prefix = "microcred.capabilities.cleanup")
public interface CleanupConfig {

    /** Whether the passes run; tests run one pass at a time themselves. */
    @WithDefault("true")
    boolean enabled();

    /** Between passes; a full batch is followed by the next at once. */
    @WithDefault("PT1M")
    Duration interval();

    /** Rows deleted per table and transaction, so that a backlog never holds many locks for long. */
    @WithDefault("500")
    int batch();

    /**
     * How long past its expiry a row is kept: meanwhile a late wallet is told "expired" or "used" (410) rather than
     * "unknown" (404).
     */
    @WithDefault("P1D")
    Duration keep();
}
