package org.microcred.support.messaging;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.function.Function;
import org.jboss.logging.Logger;
import org.microcred.events.EventCodec;
import org.microcred.events.EventEnvelope;
import org.microcred.events.EventPayload;
import org.microcred.events.MalformedEventException;
import org.microcred.events.UnknownEventTypeException;
import org.microcred.support.metrics.AfterCommit;
import org.microcred.support.metrics.DeadLetters;
import org.microcred.support.resilience.Outages;

/**
 * Applies one Kafka message exactly once: decodes it, then in one transaction records its event id
 * and runs the handler. A redelivered event is skipped. Transient failures are retried a bounded
 * number of times; after that, or at once for a malformed message, the failure nacks the message
 * and the channel's dead-letter-queue strategy moves it aside, so it never blocks its partition. A failure because the
 * database is away ({@link Outages}) is no fault of the message: it is retried until the database is back.
 */
@ApplicationScoped
public class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);
    static final int MAX_RETRIES = 3;
    static final Duration OUTAGE_FIRST_DELAY = Duration.ofMillis(500);
    static final Duration OUTAGE_MAX_DELAY = Duration.ofSeconds(10);

    private final ProcessedEvents processedEvents;
    private final DeadLetters deadLetters;
    private final ConsumedEventSpan span;

    public EventConsumer(ProcessedEvents processedEvents, DeadLetters deadLetters, ConsumedEventSpan span) {
        this.processedEvents = processedEvents;
        this.deadLetters = deadLetters;
        this.span = span;
    }

    public Uni<Void> apply(String consumer, String message,
            Function<EventEnvelope<EventPayload>, Uni<Void>> handler) {
        return apply(consumer, message, EventPayload.class, handler);
    }

    /**
     * As {@link #apply(String, String, Function)}, for a consumer that wants one payload type of a
     * busy topic: any other event is passed over once decoded, without a transaction or a
     * processed-event row of its own.
     */
    public Uni<Void> apply(String consumer, String message, Class<? extends EventPayload> wanted,
            Function<EventEnvelope<EventPayload>, Uni<Void>> handler) {
        EventEnvelope<EventPayload> envelope;
        try {
            envelope = EventCodec.decode(message);
        } catch (UnknownEventTypeException e) {
            // Producers may add event types before this consumer knows them: not an error.
            LOG.debugf("%s skips an event it does not know: %s", consumer, e.getMessage());
            return Uni.createFrom().voidItem();
        } catch (MalformedEventException e) {
            LOG.errorf("%s sends a malformed message to its dead-letter topic: %s", consumer, e.getMessage());
            deadLetters.sent(consumer);
            return Uni.createFrom().failure(e);
        }
        if (!wanted.isInstance(envelope.payload())) {
            return Uni.createFrom().voidItem();
        }
        // Each attempt is a unit of work for AfterCommit: its meters count once, after the commit that succeeded.
        // One span for all its attempts, continuing the trace of the request that caused the event.
        return span.around(consumer, envelope, () -> Uni.createFrom().deferred(() -> {
                    AfterCommit.begin();
                    return Panache.withTransaction(() -> applyOnce(consumer, envelope, handler));
                })
                // The database away (restarting, a connection cut) says nothing about the event: wait for it, however
                // long, rather than give a good event up to the dead-letter topic. The partition waits meanwhile,
                // which keeps a key's events in order.
                .onFailure(Outages::isOutage).invoke(failure -> LOG.warnf("%s waits for the database to apply %s %s: %s",
                        consumer, envelope.type(), envelope.eventId(), failure.toString()))
                .onFailure(Outages::isOutage).retry().withBackOff(OUTAGE_FIRST_DELAY, OUTAGE_MAX_DELAY).indefinitely()
                .onFailure(failure -> !(failure instanceof MalformedEventException))
                .retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(2)).atMost(MAX_RETRIES)
                .invoke(AfterCommit::committed)
                .onFailure().invoke(failure -> {
                    AfterCommit.discard();
                    LOG.errorf(failure, "%s gives up on %s %s", consumer, envelope.type(), envelope.eventId());
                    deadLetters.sent(consumer);
                }));
    }

    private Uni<Void> applyOnce(String consumer, EventEnvelope<EventPayload> envelope,
            Function<EventEnvelope<EventPayload>, Uni<Void>> handler) {
        return processedEvents.markApplied(consumer, envelope.eventId())
                .chain(firstTime -> firstTime ? handler.apply(envelope) : Uni.createFrom().voidItem());
    }
}
