package org.microcred.enrolment.outbound.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;
import org.microcred.enrolment.outbound.OutboundAttempt;
import org.microcred.enrolment.outbound.OutboundConfig;
import org.microcred.enrolment.outbound.OutboundDelivery;
import org.microcred.enrolment.outbound.OutboundEndpoint;
import org.microcred.enrolment.outbound.RetrySchedule;
import org.microcred.enrolment.outbound.repository.OutboundDeliveries;
import org.microcred.enrolment.outbound.repository.OutboundEndpoints;
import org.microcred.enrolment.service.SwitchablePass;
import org.microcred.enrolment.webhook.WebhookSignature;
import org.microcred.support.background.RepeatingPass;

/**
 * Sends the due deliveries. A pass starts when a delivery's transaction commits ({@link #wake()}) and otherwise every
 * {@code microcred.outbound.send-interval}. No transaction is open while an endpoint is being called:
 * <ol>
 * <li>a short transaction leases due deliveries to this instance ({@code leased_by}, {@code lease_until} = now +
 * connect timeout + read timeout + {@code lease-margin}; {@code FOR UPDATE SKIP LOCKED}, so two senders leasing at
 * once never take the same one): as many as it has room for ({@value #BATCH} attempts in flight per instance), and no
 * more than {@code per-endpoint-concurrency} (4) of one endpoint in flight over all senders. Only the oldest PENDING
 * delivery of an (endpoint, subject) is due, and a leased one is not due again until its lease expires: a subject's
 * deliveries arrive in order and one at a time;</li>
 * <li>the POSTs run at once, with no transaction or connection held: the URL checked again, the body signed with
 * the endpoint's secret (and the previous one during a rotation's overlap); each attempt ends within the connect plus
 * read timeouts, well inside the lease. The pass does not wait for them: the next one can lease other endpoints'
 * deliveries while a slow endpoint is still answering;</li>
 * <li>a short transaction per delivery records the attempt as soon as it ends, and clears the lease. A 2xx is
 * DELIVERED; anything else waits for the next of {@code retry-delays}, and once they are used up the delivery is
 * FAILED and its endpoint disabled ({@code disabledReason}), the institution told by mail when the endpoint has a
 * {@code contactEmail} ({@link EndpointDisabledMail}).</li>
 * </ol>
 * A sender that dies between its lease and the record leaves a lease that expires; the delivery is then tried again
 * with the same {@code webhook-id}, which receivers use to drop the copy. A result that arrives after its lease was
 * taken over by another sender is recorded as an attempt but changes nothing else.
 */
@ApplicationScoped
public class OutboundSender {

    private static final Logger LOG = Logger.getLogger(OutboundSender.class);
    static final int BATCH = 50;

    private final OutboundDeliveries deliveries;
    private final OutboundEndpoints endpoints;
    private final OutboundUrlGuard guard;
    private final OutboundHttp http;
    private final EndpointSecrets secrets;
    private final OutboundMetrics metrics;
    private final EndpointDisabledMail disabledMail;
    private final RetrySchedule schedule;
    private final Vertx vertx;
    private final SwitchablePass passes;
    private final Duration lease;
    private final int perEndpoint;
    /** Attempts this instance started and has not recorded yet: at most {@value #BATCH}. */
    private final AtomicInteger inFlight = new AtomicInteger();
    /** This instance's name on its leases. */
    private final String instance;

    public OutboundSender(OutboundDeliveries deliveries, OutboundEndpoints endpoints, OutboundUrlGuard guard,
            OutboundHttp http, EndpointSecrets secrets, OutboundMetrics metrics, EndpointDisabledMail disabledMail,
            Vertx vertx, OutboundConfig config) {
        this.deliveries = deliveries;
        this.endpoints = endpoints;
        this.guard = guard;
        this.http = http;
        this.secrets = secrets;
        this.metrics = metrics;
        this.disabledMail = disabledMail;
        this.schedule = new RetrySchedule(config.retryDelays());
        this.vertx = vertx;
        this.perEndpoint = Math.max(1, config.perEndpointConcurrency());
        this.lease = config.connectTimeout().plus(config.readTimeout()).plus(config.leaseMargin());
        String host = System.getenv("HOSTNAME");
        this.instance = (host == null || host.isBlank() ? "sender" : host) + "/" + UUID.randomUUID();
        boolean on = config.senderEnabled() && secrets.available();
        this.passes = new SwitchablePass(new RepeatingPass(vertx, "Outbound webhook sender",
                () -> pass(Instant.now(), instance, false), sent -> sent > 0, config.sendInterval(),
                config.sendInterval()), on, "The outbound webhook sender is off (microcred.outbound.sender-enabled=false,"
                        + " or no microcred.outbound.secret-key)");
    }

    void start(@Observes StartupEvent started) {
        passes.start();
    }

    void stop(@Observes ShutdownEvent stopping) {
        passes.stop();
    }

    /** A delivery committed (or was replayed, or its endpoint enabled again): send now rather than at the next poll. */
    public void wake() {
        passes.wake();
    }

    /** One pass as of {@code now}; answers how many deliveries it attempted. Tests call it directly. */
    public Uni<Integer> runOnce(Instant now) {
        return runOnce(now, instance);
    }

    /** One pass as the sender named {@code sender} would make it (tests: another instance). */
    public Uni<Integer> runOnce(Instant now, String sender) {
        return RepeatingPass.onSafeContext(vertx, () -> pass(now, sender, true));
    }

    /** A delivery leased to this pass, with its endpoint as it was then. */
    private record Leased(OutboundDelivery delivery, OutboundEndpoint endpoint, String sender, Instant until) {
    }

    /** What calling the endpoint came to. */
    private record Attempted(Leased leased, OutboundHttp.Result result, Instant at) {
    }

    /**
     * Leases what is due, as much as this instance has room for, and starts the POSTs. The background pass does not
     * wait for them: each result is recorded when its attempt ends, which frees its room and wakes the sender, so an
     * endpoint that answers slowly holds only its own share ({@code per-endpoint-concurrency}) and never the other
     * endpoints' deliveries. A test's pass ({@code awaitResults}) answers once its attempts are recorded.
     */
    private Uni<Integer> pass(Instant now, String sender, boolean awaitResults) {
        int room = BATCH - inFlight.get();
        if (room <= 0) {
            return Uni.createFrom().item(0);
        }
        // Millisecond precision: the lease read back from the database compares equal.
        Instant until = now.plus(lease).truncatedTo(ChronoUnit.MILLIS);
        return Panache.withTransaction(() -> deliveries.lease(now, until, sender, room, perEndpoint)
                        .chain(leased -> Multi.createFrom().iterable(leased)
                                .onItem().transformToUniAndConcatenate(d -> endpoints.findById(d.endpointId)
                                        .map(e -> new Leased(d, e, sender, until)))
                                .collect().asList()))
                .chain(leased -> {
                    if (leased.isEmpty()) {
                        return Uni.createFrom().item(0);
                    }
                    inFlight.addAndGet(leased.size());
                    // Every POST at once, with no transaction open; then each result in its own transaction.
                    List<Uni<Void>> sends = leased.stream().map(this::send).toList();
                    if (awaitResults) {
                        return Uni.join().all(sends).andCollectFailures().replaceWith(leased.size());
                    }
                    sends.forEach(send -> send.subscribe().with(done -> { }, failure -> LOG.warnf(
                            "An outbound attempt ended unrecorded (its lease expires): %s", failure.toString())));
                    return Uni.createFrom().item(leased.size());
                });
    }

    /** One attempt and its record; its room in this instance is given back however it ends. */
    private Uni<Void> send(Leased leased) {
        return attempt(leased)
                .chain(attempted -> RepeatingPass.onSafeContext(vertx, () -> record(attempted)))
                .onTermination().invoke(() -> {
                    inFlight.decrementAndGet();
                    passes.wake();
                });
    }

    private Uni<Attempted> attempt(Leased leased) {
        OutboundDelivery delivery = leased.delivery();
        OutboundEndpoint endpoint = leased.endpoint();
        Instant at = Instant.now();
        long timestamp = at.getEpochSecond();
        String signature;
        try {
            signature = secrets.signingSecrets(endpoint, at).stream()
                    .map(secret -> WebhookSignature.header(secret, delivery.id.toString(), Long.toString(timestamp),
                            delivery.body.getBytes(StandardCharsets.UTF_8)))
                    .reduce((a, b) -> a + " " + b).orElseThrow();
        } catch (RuntimeException e) {
            return Uni.createFrom().item(new Attempted(leased, new OutboundHttp.Result(null,
                    "not signed: " + e.getMessage(), 0), at));
        }
        Map<String, String> headers = Map.of(
                "content-type", "application/json",
                "user-agent", "microcred-webhooks/1",
                "webhook-id", delivery.id.toString(),
                "webhook-timestamp", Long.toString(timestamp),
                "webhook-signature", signature);
        return guard.check(endpoint.url)
                .chain(target -> http.post(target, headers, delivery.body))
                .onFailure().recoverWithItem(refused -> new OutboundHttp.Result(null,
                        "URL refused: " + refused.getMessage(), 0))
                .map(result -> new Attempted(leased, result, at));
    }

    /** Records one result in its own transaction; a failure leaves the lease to expire (the delivery is tried again). */
    private Uni<Void> record(Attempted attempted) {
        UUID id = attempted.leased().delivery().id;
        return Panache.withTransaction(() -> deliveries.locked(id).chain(delivery -> delivery == null
                        ? Uni.createFrom().<Outcome>nullItem() // its endpoint was deleted meanwhile
                        : endpoints.findById(delivery.endpointId)
                                .chain(endpoint -> record(delivery, endpoint, attempted))))
                .invoke(outcome -> {
                    if (outcome == null) {
                        return;
                    }
                    outcome.count(metrics);
                    if (outcome.disabled() != null) {
                        disabledMail.send(outcome.disabled());
                    }
                })
                .onFailure().recoverWithItem(failure -> {
                    // The database away: the lease expires and the delivery is tried again.
                    LOG.warnf("The attempt of outbound delivery %s was not recorded: %s", id, failure.toString());
                    return null;
                })
                .replaceWithVoid();
    }

    /** What an attempt came to, counted once its transaction committed. */
    private record Outcome(String type, boolean delivered, boolean failedForGood, OutboundEndpoint disabled) {
        void count(OutboundMetrics metrics) {
            if (delivered) {
                metrics.delivered(type);
            } else {
                metrics.attemptFailed(type);
            }
            if (failedForGood) {
                metrics.failed(type);
            }
            if (disabled != null) {
                metrics.endpointDisabled();
            }
        }
    }

    private Uni<Outcome> record(OutboundDelivery delivery, OutboundEndpoint endpoint, Attempted attempted) {
        Leased leased = attempted.leased();
        OutboundHttp.Result result = attempted.result();
        Instant at = attempted.at();
        OutboundAttempt attempt = new OutboundAttempt();
        attempt.deliveryId = delivery.id;
        attempt.round = delivery.round;
        attempt.attemptedAt = at;
        attempt.httpStatus = result.status();
        attempt.error = result.error();
        attempt.durationMs = result.durationMs();
        if (!leased.sender().equals(delivery.leasedBy) || !leased.until().equals(delivery.leaseUntil)
                || delivery.status != OutboundDelivery.Status.PENDING) {
            // The lease expired and another sender took the delivery over (or it was finished meanwhile): the
            // attempt happened and is recorded, the delivery is the other sender's to move on.
            LOG.warnf("Outbound delivery %s: the lease of %s ended before its attempt was recorded", delivery.id,
                    leased.sender());
            return Panache.getSession().chain(s -> s.persist(attempt))
                    .map(ignored -> new Outcome(delivery.type, result.delivered(), false, null));
        }
        delivery.leasedBy = null;
        delivery.leaseUntil = null;
        delivery.attempts++;
        boolean failedForGood = false;
        OutboundEndpoint disabled = null;
        if (result.delivered()) {
            delivery.status = OutboundDelivery.Status.DELIVERED;
            delivery.finishedAt = Instant.now();
        } else {
            Optional<Duration> wait = schedule.after(delivery.attempts);
            String what = result.status() != null ? "HTTP " + result.status() : result.error();
            if (wait.isPresent()) {
                delivery.nextAttemptAt = at.plus(wait.get());
                LOG.infof("Outbound delivery %s (%s) to endpoint %s: attempt %d failed (%s); next in %s", delivery.id,
                        delivery.type, endpoint.id, delivery.attempts, what, wait.get());
            } else {
                delivery.status = OutboundDelivery.Status.FAILED;
                delivery.finishedAt = Instant.now();
                failedForGood = true;
                if (endpoint.enabled) {
                    endpoint.enabled = false;
                    endpoint.disabledReason = "Delivery " + delivery.id + " (" + delivery.type + ") failed after "
                            + delivery.attempts + " attempts; the last: " + what;
                    endpoint.updatedAt = Instant.now();
                    disabled = endpoint;
                }
                LOG.warnf("Outbound delivery %s (%s) to endpoint %s of tenant %s FAILED after %d attempts (%s)%s",
                        delivery.id, delivery.type, endpoint.id, endpoint.tenantId, delivery.attempts, what,
                        disabled != null ? "; the endpoint is disabled" : "");
            }
        }
        boolean forGood = failedForGood;
        OutboundEndpoint off = disabled;
        return Panache.getSession().chain(s -> s.persist(attempt))
                .map(ignored -> new Outcome(delivery.type, result.delivered(), forGood, off));
    }
}
