package org.microcred.enrolment.service;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import org.jboss.logging.Logger;
import org.microcred.enrolment.config.EnrolmentConfig;
import org.microcred.enrolment.config.LmsConfig;
import org.microcred.enrolment.webhook.repository.WebhookDeliveries;
import org.microcred.support.background.RepeatingPass;
import org.microcred.support.metrics.AfterCommit;

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
    private final RepeatingPass passes;

    public ExpiryJob(EnrolmentExpiry expiry, WebhookDeliveries deliveries, Vertx vertx, EnrolmentConfig config,
            LmsConfig lms) {
        this.expiry = expiry;
        this.deliveries = deliveries;
        this.vertx = vertx;
        this.interval = config.expiryInterval();
        this.webhookRetention = lms.webhookRetention();
        // A full batch: more may be due; go on at once.
        this.passes = new RepeatingPass(vertx, "Enrolment expiry",
                () -> pass(Instant.now()).invoke(ExpiryJob::logExpired), expired -> expired >= BATCH, this.interval,
                this.interval);
    }

    void start(@Observes StartupEvent started) {
        passes.start(interval);
    }

    void stop(@Observes ShutdownEvent stopping) {
        passes.stop();
    }

    /** One pass as of {@code now}: answers how many enrolments expired. Tests call it directly. */
    public Uni<Integer> runOnce(Instant now) {
        return RepeatingPass.onSafeContext(vertx, () -> pass(now));
    }

    private Uni<Integer> pass(Instant now) {
        // A unit of work for AfterCommit, as a request is: the expiries' outbox rows wake the relay once their
        // transactions have committed, rather than waiting for its fallback poll.
        AfterCommit.begin();
        return expiry.expireDue(now, BATCH)
                .invoke(AfterCommit::committed)
                .onFailure().invoke(AfterCommit::discard)
                .call(expired -> deliveries.purgeBefore(now.minus(webhookRetention)));
    }

    private static void logExpired(int expired) {
        if (expired > 0) {
            LOG.infof("Expired %d enrolments", expired);
        }
    }
}
