package org.microcred.wallet.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How much each client may call the public endpoints. */
@ConfigMapping(prefix = "microcred.public-rate-limit")
public interface RateLimitConfig {

    /** Requests a client may make per period; also the largest burst. */
    @WithDefault("60")
    int requests();

    @WithDefault("60s")
    Duration period();

    /** How many clients are tracked one by one before newcomers share one bucket. */
    @WithDefault("10000")
    int maxClients();
}
