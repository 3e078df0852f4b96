package org.microcred.support.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "microcred.outbox")
public interface OutboxConfig {

    /**
     * Whether this process publishes the outbox. The crash test turns it off to hold events
     * between commit and publish; a service always starts with it on in production.
     */
    @WithDefault("true")
    boolean relayEnabled();

    /** How long the relay waits after a pass that found less than a full batch. */
    @WithDefault("50ms")
    java.time.Duration pollInterval();

    /** How many events one relay pass publishes at most. */
    @WithDefault("100")
    int batchSize();
}
