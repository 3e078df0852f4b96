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
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
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
 * {@code microcred.outbound.send-interval}. Each delivery in its own transaction: locked ({@code FOR UPDATE SKIP
 * LOCKED}) only while it is the oldest PENDING one of its (endpoint, subject) and its endpoint is enabled, so several
 * instances never send one twice at once and a subject's deliveries arrive in order; the URL checked again; the POST
 * signed with the endpoint's secret (and the previous one during a rotation's overlap); the attempt recorded. A 2xx
 * is DELIVERED; anything else waits for the next of {@code retry-delays}, and once they are used up the delivery is
 * FAILED and its endpoint disabled ({@code disabledReason}), the institution told by mail when the endpoint has a
 * {@code contactEmail} ({@link EndpointDisabledMail}). The row stays locked while the request runs (at most the
 * connect plus read timeouts). A crash between the endpoint's answer and the commit sends it again later with the
 * same {@code webhook-id}, which receivers use to drop the copy.
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
        boolean on = config.senderEnabled() && secrets.available();
        this.passes = new SwitchablePass(new RepeatingPass(vertx, "Outbound webhook sender", () -> pass(Instant.now()),
                sent -> sent >= BATCH, config.sendInterval(), config.sendInterval()), on,
                "The outbound webhook sender is off (microcred.outbound.sender-enabled=false,"
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
        return RepeatingPass.onSafeContext(vertx, () -> pass(now));
    }

    private Uni<Integer> pass(Instant now) {
        return Panache.withSession(() -> deliveries.due(now, BATCH))
                .chain(due -> Multi.createFrom().iterable(due)
                        .onItem().transformToUniAndConcatenate(id -> sendOne(id, now))
                        .collect().asList())
                .map(results -> (int) results.stream().filter(Boolean::booleanValue).count());
    }

    /** Answers whether an attempt was made. */
    private Uni<Boolean> sendOne(UUID id, Instant now) {
        return Panache.withTransaction(() -> deliveries.lockIfDue(id, now).chain(delivery -> delivery == null
                        ? Uni.createFrom().<Outcome>nullItem()
                        : endpoints.findById(delivery.endpointId).chain(endpoint -> attempt(delivery, endpoint))))
                .map(outcome -> {
                    if (outcome == null) {
                        return false;
                    }
                    outcome.count(metrics);
                    if (outcome.disabled() != null) {
                        disabledMail.send(outcome.disabled());
                    }
                    return true;
                })
                .onFailure().recoverWithItem(failure -> {
                    // The database away: the delivery stays PENDING for the next pass, no attempt counted.
                    LOG.warnf("Outbound delivery %s was not attempted this pass: %s", id, failure.toString());
                    return false;
                });
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

    private Uni<Outcome> attempt(OutboundDelivery delivery, OutboundEndpoint endpoint) {
        Instant at = Instant.now();
        long timestamp = at.getEpochSecond();
        String signature = secrets.signingSecrets(endpoint, at).stream()
                .map(secret -> WebhookSignature.header(secret, delivery.id.toString(), Long.toString(timestamp),
                        delivery.body.getBytes(StandardCharsets.UTF_8)))
                .reduce((a, b) -> a + " " + b).orElseThrow();
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
                .chain(result -> record(delivery, endpoint, result, at));
    }

    private Uni<Outcome> record(OutboundDelivery delivery, OutboundEndpoint endpoint, OutboundHttp.Result result,
            Instant at) {
        OutboundAttempt attempt = new OutboundAttempt();
        attempt.deliveryId = delivery.id;
        attempt.round = delivery.round;
        attempt.attemptedAt = at;
        attempt.httpStatus = result.status();
        attempt.error = result.error();
        attempt.durationMs = result.durationMs();
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
