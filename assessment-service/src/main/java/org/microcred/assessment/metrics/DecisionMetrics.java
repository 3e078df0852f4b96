package org.microcred.assessment.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import org.microcred.events.assessment.Decision;
import org.microcred.support.metrics.AfterCommit;

/** Final decisions by outcome ({@code award}, {@code revise}, {@code deny}), counted once their transaction commits. */
@ApplicationScoped
public class DecisionMetrics {

    private final MeterRegistry registry;

    public DecisionMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void decided(Decision decision) {
        Counter counter = Counter.builder("microcred.decisions")
                .tag("outcome", decision.name().toLowerCase(Locale.ROOT))
                .description("Final assessment decisions").register(registry);
        AfterCommit.run(counter::increment);
    }
}
