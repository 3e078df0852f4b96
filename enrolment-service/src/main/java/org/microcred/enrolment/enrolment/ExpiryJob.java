package org.microcred.enrolment.enrolment;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.microcred.enrolment.webhook.WebhookDeliveries;

/**
 * The periodic housekeeping of enrolments: expires the due ones ({@link EnrolmentExpiry}) and
 * forgets processed and failed LMS webhook deliveries past their retention (waiting ones stay).
 * A Vert.x timer: each pass schedules the next when it ends, so passes of one instance never
 * overlap; several instances are safe (see {@link EnrolmentExpiry}).
 */
@ApplicationScoped
public class ExpiryJob {

    private static final Logger LOG = Logger.getLogger(ExpiryJob.class);
    static final int BATCH = 500;

    private final EnrolmentExpiry expiry;
    private final WebhookDeliveries deliveries;
    private final Vertx vertx;
    private final Duration interval;
    private final Duration webhookRetention;
    private volatile boolean stopped;

    public ExpiryJob(EnrolmentExpiry expiry, WebhookDeliveries deliveries, Vertx vertx,
            @ConfigProperty(name = "microcred.enrolment.expiry-interval", defaultValue = "1h") Duration interval,
            @ConfigProperty(name = "microcred.lms.webhook-retention", defaultValue = "7d") Duration webhookRetention) {
        this.expiry = expiry;
        this.deliveries = deliveries;
        this.vertx = vertx;
        this.interval = interval;
        this.webhookRetention = webhookRetention;
    }

    void start(@Observes StartupEvent started) {
        schedule(interval.toMillis());
    }

    void stop(@Observes ShutdownEvent stopping) {
        stopped = true;
    }

    /** One pass as of {@code now}: answers how many enrolments expired. Tests call it directly. */
    public Uni<Integer> runOnce(Instant now) {
        return Uni.createFrom().emitter(emitter -> {
            // Hibernate Reactive needs a duplicated context marked safe, as a request has.
            Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
            VertxContextSafetyToggle.setContextSafe(context, true);
            context.runOnContext(ignored -> pass(now).subscribe().with(emitter::complete, emitter::fail));
        });
    }

    private Uni<Integer> pass(Instant now) {
        return expiry.expireDue(now, BATCH)
                .call(expired -> deliveries.purgeBefore(now.minus(webhookRetention)));
    }

    private void schedule(long delayMillis) {
        if (stopped) {
            return;
        }
        vertx.setTimer(Math.max(1, delayMillis), timer -> runOnce(Instant.now()).subscribe().with(
                expired -> {
                    if (expired > 0) {
                        LOG.infof("Expired %d enrolments", expired);
                    }
                    // A full batch: more may be due; go on at once.
                    schedule(expired >= BATCH ? 0 : interval.toMillis());
                },
                failure -> {
                    if (!stopped) {
                        LOG.warnf("Enrolment expiry pass failed; retrying at the next interval: %s", failure.toString());
                        schedule(interval.toMillis());
                    }
                }));
    }
}
