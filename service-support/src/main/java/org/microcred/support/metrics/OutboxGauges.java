package org.microcred.support.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.microcred.support.background.RepeatingPass;

/**
 * The outbox as three gauges: rows waiting to be published (not parked), the age of the oldest of them in seconds
 * (0 when none waits), and parked rows. A scrape reads the cached values: the table is counted on a timer
 * ({@code microcred.metrics.outbox-refresh}, 30 s), not once per scrape, so a busy system's scrapers add no queries.
 */
@ApplicationScoped
public class OutboxGauges {

    /** HQL, so its plan is cached once (a native select adds a cache entry per execution: see AdvisoryLocks). */
    private static final String COUNT = "select count(e) filter (where e.parkedAt is null),"
            + " count(e) filter (where e.parkedAt is not null),"
            + " min(e.occurredAt) filter (where e.parkedAt is null)"
            + " from OutboxEvent e where e.publishedAt is null";

    private final Duration refresh;
    private volatile double backlog;
    private volatile double oldestAgeSeconds;
    private volatile double parked;
    private volatile RepeatingPass passes;

    public OutboxGauges(MeterRegistry registry,
            @ConfigProperty(name = "microcred.metrics.outbox-refresh", defaultValue = "30s") Duration refresh) {
        this.refresh = refresh;
        Gauge.builder("microcred.outbox.backlog", this, gauges -> gauges.backlog)
                .description("Outbox rows not yet published, parked rows excluded").register(registry);
        Gauge.builder("microcred.outbox.oldest.age", this, gauges -> gauges.oldestAgeSeconds).baseUnit("seconds")
                .description("Age of the oldest outbox row waiting to be published; 0 when none waits")
                .register(registry);
        Gauge.builder("microcred.outbox.parked", this, gauges -> gauges.parked)
                .description("Outbox rows parked: the relay cannot publish them until an operator acts")
                .register(registry);
    }

    void start(@Observes StartupEvent started, Vertx vertx) {
        passes = new RepeatingPass(vertx, "Outbox gauges", this::refresh, ignored -> false, refresh, refresh);
        passes.start(Duration.ZERO);
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (passes != null) {
            passes.stop();
        }
    }

    /** Reads the outbox once and keeps the figures; answers 0 (never "more waiting"): the next read is on time. */
    public Uni<Integer> refresh() {
        return Panache.withSession(() -> Panache.getSession().chain(session -> session
                        .createSelectionQuery(COUNT, Object[].class)
                        .getSingleResult()))
                .map(columns -> {
                    backlog = ((Number) columns[0]).doubleValue();
                    parked = ((Number) columns[1]).doubleValue();
                    Instant oldest = (Instant) columns[2];
                    oldestAgeSeconds = oldest == null ? 0 : Math.max(0, Duration.between(oldest, Instant.now()).toMillis() / 1000.0);
                    return 0;
                });
    }
}
