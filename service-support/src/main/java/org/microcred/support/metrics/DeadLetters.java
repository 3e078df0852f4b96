package org.microcred.support.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Messages a consumer gave up on, which the channel's dead-letter-queue strategy then moves to its dead-letter topic.
 * SmallRye's strategy offers no hook of its own, so {@code EventConsumer} counts where it fails the message for
 * good (malformed, or still failing after its retries). The {@code channel} tag is the consumer's name as it records
 * processed events (e.g. {@code awards}): a handful per service, never an event's own data.
 */
@ApplicationScoped
public class DeadLetters {

    private final MeterRegistry registry;

    public DeadLetters(MeterRegistry registry) {
        this.registry = registry;
    }

    public void sent(String channel) {
        Counter.builder("microcred.dead.letters").tag("channel", channel)
                .description("Messages a consumer failed for good, sent to the channel's dead-letter topic")
                .register(registry).increment();
    }
}
