package org.microcred.enrolment.webhook.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;
import org.microcred.enrolment.config.LmsConfig;
import org.microcred.enrolment.webhook.InboxRetries;
import org.microcred.enrolment.webhook.WebhookDelivery;
import org.microcred.enrolment.webhook.repository.WebhookDeliveries.Waiting;
import org.microcred.enrolment.webhook.repository.WebhookDeliveries;
import org.microcred.enrolment.webhook.rest.DeliveryViews;
import org.microcred.enrolment.metrics.WebhookDeliveryMetrics;
import org.microcred.enrolment.service.SwitchablePass;
import org.microcred.support.background.RepeatingPass;
import org.microcred.support.metrics.AfterCommit;
import org.microcred.support.problem.Problem;
import org.microcred.support.problem.ProblemException;
import org.microcred.support.resilience.Outages;

/**
 * Applies the inbox's deliveries: a pass starts as soon as {@link WebhookInbox} has stored one ({@link #wake()}), and
 * a Vert.x timer (every {@code microcred.lms.inbox-interval}, 5 s) finds the rest: retries coming due, and
 * deliveries stored by another instance or before a crash. A pass reads a batch of due deliveries in arrival order and applies each in its own transaction: the
 * row is locked ({@code FOR UPDATE SKIP LOCKED}, only while it is its tenant's next), the effect and
 * its outbox events are written, and the row becomes PROCESSED with its result, all or nothing. A
 * failed attempt is recorded in a second transaction: FAILED with its problem, or a retry later
 * ({@link InboxRetries}). A crash at any point leaves the delivery RECEIVED, and the next pass (of
 * this instance after a restart, or of another) applies it. Passes of one instance never overlap.
 */
@ApplicationScoped
public class InboxProcessor {

    private static final Logger LOG = Logger.getLogger(InboxProcessor.class);
    static final int BATCH = 100;

    private final WebhookDeliveries deliveries;
    private final DeliveryApplier applier;
    private final InboxRetries retries;
    private final ObjectMapper mapper;
    private final Vertx vertx;
    private final SwitchablePass passes;
    private final WebhookDeliveryMetrics metrics;

    public InboxProcessor(WebhookDeliveries deliveries, DeliveryApplier applier, ObjectMapper mapper, Vertx vertx,
            LmsConfig config, WebhookDeliveryMetrics metrics) {
        this.metrics = metrics;
        this.deliveries = deliveries;
        this.applier = applier;
        this.mapper = mapper;
        this.vertx = vertx;
        this.retries = new InboxRetries(config.inboxRetries(), config.inboxRetryDelay());
        // Something was taken: more may be waiting behind it; go on at once.
        this.passes = new SwitchablePass(new RepeatingPass(vertx, "LMS inbox", () -> pass(Instant.now()),
                taken -> taken > 0, config.inboxInterval(), config.inboxInterval()), config.inboxEnabled(),
                "The LMS webhook inbox processor is disabled (microcred.lms.inbox-enabled=false)");
    }

    void start(@Observes StartupEvent started) {
        passes.start();
    }

    void stop(@Observes ShutdownEvent stopping) {
        passes.stop();
    }

    /** A delivery was stored and committed: apply it now rather than at the next poll. */
    public void wake() {
        passes.wake();
    }

    /** One pass as of {@code now}: answers how many deliveries it took (applied, failed or put back). */
    public Uni<Integer> runOnce(Instant now) {
        return RepeatingPass.onSafeContext(vertx, () -> pass(now));
    }

    private Uni<Integer> pass(Instant now) {
        return deliveries.due(now, BATCH)
                .chain(due -> Multi.createFrom().iterable(due)
                        .onItem().transformToUniAndConcatenate(waiting -> processOne(waiting, now))
                        .collect().asList())
                .map(taken -> (int) taken.stream().filter(Boolean::booleanValue).count());
    }

    /** Each delivery is a unit of work for AfterCommit: what applying it counts (an enrolment) counts on commit. */
    private Uni<Boolean> processOne(Waiting waiting, Instant now) {
        AfterCommit.begin();
        return Panache.withTransaction(() -> deliveries.lockIfNext(waiting, now).chain(delivery -> {
                    if (delivery == null) {
                        return Uni.createFrom().item(false); // another processor has it, or one before it waits
                    }
                    return applier.apply(delivery).map(result -> {
                        delivery.status = WebhookDelivery.Status.PROCESSED;
                        delivery.processedAt = Instant.now();
                        delivery.result = json(result);
                        delivery.nextAttemptAt = null;
                        return true;
                    });
                }))
                .invoke(applied -> {
                    AfterCommit.committed();
                    if (applied) {
                        metrics.processed();
                    }
                })
                .onFailure().invoke(AfterCommit::discard)
                .onFailure(Outages::isOutage).recoverWithItem(failure -> waitForServer(waiting, failure))
                .onFailure().recoverWithUni(failure -> recordFailure(waiting, failure, now));
    }

    /**
     * The database (or the broker) away says nothing about the delivery: the attempt is not counted, so an outage
     * however long never fails a delivery, and the delivery stays RECEIVED for the next pass (the fallback timer's,
     * as this pass took nothing). The same rule as the event consumers' ({@code EventConsumer}).
     */
    private boolean waitForServer(Waiting waiting, Throwable failure) {
        LOG.warnf("LMS delivery %s/%s waits for a server that is away: %s", waiting.tenantId(), waiting.webhookId(),
                failure.toString());
        return false;
    }

    /** The attempt rolled back; in a new transaction, the delivery fails or waits for its retry. */
    private Uni<Boolean> recordFailure(Waiting waiting, Throwable failure, Instant now) {
        AtomicBoolean failedForGood = new AtomicBoolean();
        String instance = DeliveryViews.statusUrl(waiting.tenantId(), waiting.webhookId());
        Problem problem = failure instanceof ProblemException p ? p.toProblem(instance) : null;
        return Panache.withTransaction(() -> deliveries.lockIfWaiting(waiting).map(delivery -> {
                    if (delivery == null) {
                        return false;
                    }
                    delivery.attempts++;
                    InboxRetries.Next next = retries.after(delivery.eventType, problem, delivery.attempts, now);
                    if (next.retry()) {
                        delivery.nextAttemptAt = next.retryAt();
                        LOG.infof("LMS delivery %s/%s: attempt %d failed (%s); retrying at %s", waiting.tenantId(),
                                waiting.webhookId(), delivery.attempts, describe(failure), next.retryAt());
                        return true;
                    }
                    delivery.status = WebhookDelivery.Status.FAILED;
                    failedForGood.set(true);
                    delivery.processedAt = Instant.now();
                    delivery.nextAttemptAt = null;
                    delivery.problem = json(problem != null ? problem : unexpected(instance, delivery.attempts));
                    if (problem == null) {
                        LOG.errorf(failure, "LMS delivery %s/%s failed after %d attempts", waiting.tenantId(),
                                waiting.webhookId(), delivery.attempts);
                    } else {
                        LOG.infof("LMS delivery %s/%s FAILED: %d %s", waiting.tenantId(), waiting.webhookId(),
                                problem.status(), problem.detail());
                    }
                    return true;
                }))
                .invoke(() -> {
                    if (failedForGood.get()) {
                        metrics.failed();
                    }
                })
                .onFailure().recoverWithItem(error -> {
                    // Nothing recorded: the delivery stays RECEIVED and the next pass tries it again.
                    LOG.warnf("LMS delivery %s/%s: the failure could not be recorded: %s", waiting.tenantId(),
                            waiting.webhookId(), error.toString());
                    return false;
                });
    }

    private static Problem unexpected(String instance, int attempts) {
        return new ProblemException(500, "processing-failed", "Processing failed",
                "The delivery could not be applied after " + attempts + " attempts").toProblem(instance);
    }

    private static String describe(Throwable failure) {
        return failure instanceof ProblemException ? failure.getMessage() : failure.toString();
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write " + value, e);
        }
    }
}
