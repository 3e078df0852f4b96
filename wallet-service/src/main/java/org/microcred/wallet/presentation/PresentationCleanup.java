package org.microcred.wallet.presentation;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import org.jboss.logging.Logger;
import org.microcred.support.background.RepeatingPass;

/**
 * Deletes presentation requests, and with them their results, once they are past their expiry and the grace in
 * which the creator may still read the result. Replicas may run it at once: a row deleted twice is deleted once.
 */
@ApplicationScoped
public class PresentationCleanup {

    private static final Logger LOG = Logger.getLogger(PresentationCleanup.class);

    private final PresentationRequestRepository store;
    private final PresentationRequestConfig config;
    private final Vertx vertx;
    private final RepeatingPass passes;

    public PresentationCleanup(PresentationRequestRepository store, PresentationRequestConfig config, Vertx vertx) {
        this.store = store;
        this.config = config;
        this.vertx = vertx;
        this.passes = new RepeatingPass(vertx.getDelegate(), "Presentation request cleanup",
                () -> pass(Instant.now()), deleted -> deleted >= config.cleanupBatch(), config.cleanupInterval(),
                config.cleanupInterval());
    }

    void start(@Observes StartupEvent started) {
        if (config.cleanupEnabled()) {
            passes.start(config.cleanupInterval());
        }
    }

    void stop(@Observes ShutdownEvent stopping) {
        passes.stop();
    }

    /** One pass as of {@code now}: answers how many requests it deleted. Tests call it directly. */
    public Uni<Integer> runOnce(Instant now) {
        return RepeatingPass.onSafeContext(vertx.getDelegate(), () -> pass(now));
    }

    private Uni<Integer> pass(Instant now) {
        return Panache.withTransaction(() -> store.deleteExpired(now.minus(config.resultGrace()),
                        config.cleanupBatch()))
                .invoke(deleted -> {
                    if (deleted > 0) {
                        LOG.infof("Deleted %d presentation requests past their expiry and grace", deleted);
                    }
                });
    }
}
