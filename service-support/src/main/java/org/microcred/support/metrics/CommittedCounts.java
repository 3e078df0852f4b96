package org.microcred.support.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A business counter incremented once the change it counts has committed ({@link AfterCommit}). Tags must come from
 * bounded sets (a configured tenant, an enum): never a learner, a credential or a URL.
 */
@ApplicationScoped
public class CommittedCounts {

    private final MeterRegistry registry;

    public CommittedCounts(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Counts one under {@code name} with the given tag keys and values, after commit. */
    public void increment(String name, String... tags) {
        Counter counter = Counter.builder(name).tags(tags).register(registry);
        AfterCommit.run(counter::increment);
    }
}
