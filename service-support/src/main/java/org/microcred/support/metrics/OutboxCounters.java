package org.microcred.support.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/** Outbox rows published to Kafka, counted once the relay's transaction that marks them has committed. */
@ApplicationScoped
public class OutboxCounters {

    private final Counter published;

    public OutboxCounters(MeterRegistry registry) {
        this.published = Counter.builder("microcred.outbox.published")
                .description("Outbox rows published to Kafka and marked published").register(registry);
    }

    public void published(int rows) {
        if (rows > 0) {
            published.increment(rows);
        }
    }
}
