package org.microcred.support.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "microcred.outbox")
public interface OutboxConfig {

    /** The default of {@link #maxEventBytes()}, for the tests that show the largest accepted inputs fit under it. */
    String DEFAULT_MAX_EVENT_BYTES = "1000000";

    /**
     * Whether this process publishes the outbox. The crash test turns it off to hold events
     * between commit and publish; a service always starts with it on in production.
     */
    @WithDefault("true")
    boolean relayEnabled();

    /**
     * The fallback poll: how long the relay waits after a pass that found less than a full batch, unless woken. Each
     * commit that wrote outbox rows wakes this process's relay at once ({@link Outbox}), so the poll only finds rows
     * no wake announced: written by a replica that crashed before publishing, or while the relay was down. 10 s: each
     * poll is a transaction, and at 2 s they were most of an idle service's CPU (docs/performance.md).
     */
    @WithDefault("10s")
    java.time.Duration pollInterval();

    /** How long the relay waits after a pass that failed (the database away), wakes aside. */
    @WithDefault("1s")
    java.time.Duration failureRetryDelay();

    /** How many events one relay pass publishes at most. */
    @WithDefault("100")
    int batchSize();

    /**
     * The largest envelope (UTF-8 bytes) the relay sends; a larger row is parked at once. Below the producer's
     * {@code max.request.size} and the topics' {@code max.message.bytes} (1 MiB) by room for the key, the headers and
     * the record batch's framing, so nothing under this maximum is refused by Kafka.
     */
    @WithDefault(DEFAULT_MAX_EVENT_BYTES)
    int maxEventBytes();

    /**
     * Non-retriable publishing failures in a row after which a row is parked. Retriable ones (the broker away, a
     * leader election, a timeout) are never counted: those rows wait for the broker, however long it takes.
     */
    @WithDefault("5")
    int maxAttempts();
}
