package org.microcred.support.outbox;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.microcred.events.EventCodec;
import org.microcred.events.EventEnvelope;
import org.microcred.events.EventPayload;
import org.microcred.events.EventType;
import org.microcred.support.metrics.AfterCommit;

/**
 * Records an event in the service's own database, inside the caller's transaction, so the event
 * exists if and only if the state change it announces committed. {@link OutboxRelay} publishes it.
 *
 * <p>The relay is woken once the caller's unit of work has committed ({@link AfterCommit}: a REST request that answered
 * without error, a consumed event, an LMS delivery), so an event leaves within milliseconds although the relay polls
 * only every few seconds. In-process rather than PostgreSQL's LISTEN/NOTIFY: the replica that wrote the row is the one
 * that wakes, which is all latency needs (any replica's relay may publish any row), and it costs no round trip, no
 * extra connection and no commit-time lock. Outside such a unit the wake comes at once, possibly before the commit;
 * the fallback poll then publishes the row.
 */
@ApplicationScoped
public class Outbox {

    private final OutboxRelay relay;

    public Outbox(OutboxRelay relay) {
        this.relay = relay;
    }

    /**
     * Adds an event to the outbox. Call it inside the transaction of the state change.
     *
     * @param recordKey the Kafka record key: the enrolment id for journey events, so one journey's
     *                  events stay in order
     */
    public Uni<EventEnvelope<EventPayload>> add(String tenantId, String subject, String recordKey,
            EventPayload payload) {
        EventEnvelope<EventPayload> envelope =
                EventEnvelope.wrap(payload, tenantId, subject, Instant.now(), TraceContext.current());
        OutboxEvent row = new OutboxEvent();
        row.eventId = envelope.eventId();
        row.topic = EventType.of(payload).topic();
        row.recordKey = recordKey;
        row.eventType = envelope.type();
        row.tenantId = tenantId;
        row.subject = subject;
        row.occurredAt = envelope.occurredAt();
        row.traceparent = envelope.traceparent();
        row.envelope = EventCodec.encode(envelope);
        return Panache.getSession().chain(session -> session.persist(row))
                .invoke(() -> AfterCommit.run(relay::wake))
                .replaceWith(envelope);
    }
}
