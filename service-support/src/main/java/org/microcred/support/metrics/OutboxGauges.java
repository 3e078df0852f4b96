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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.microcred.support.background.RepeatingPass;

/**
 * The outbox as three gauges: rows waiting to be published (not parked), the age of the oldest of them in seconds
 * (0 when none waits), and parked rows. A scrape reads the cached values: the table is counted on a timer
 * ({@code microcred.metrics.outbox-refresh}, 10 s), not once per scrape, so a busy system's scrapers add no queries.
 */
@ApplicationScoped
public class OutboxGauges {

    private static final String COUNT = "SELECT count(*) FILTER (WHERE parked_at IS NULL),"
            + " count(*) FILTER (WHERE parked_at IS NOT NULL),"
            + " coalesce(extract(epoch FROM now() - min(occurred_at) FILTER (WHERE parked_at IS NULL)), 0)"
            + " FROM outbox_event WHERE published_at IS NULL";

    private final Duration refresh;
    private volatile double backlog;
    private volatile double oldestAgeSeconds;
    private volatile double parked;
    private volatile RepeatingPass passes;

    public OutboxGauges(MeterRegistry registry,
            @ConfigProperty(name = "microcred.metrics.outbox-refresh", defaultValue = "10s") Duration refresh) {
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
        return Panache.withSession(() -> Panache.getSession().chain(session -> session.createNativeQuery(COUNT)
                .getSingleResult()))
                .map(row -> {
                    Object[] columns = (Object[]) row;
                    backlog = ((Number) columns[0]).doubleValue();
                    parked = ((Number) columns[1]).doubleValue();
                    oldestAgeSeconds = ((Number) columns[2]).doubleValue();
                    return 0;
                });
    }
}
