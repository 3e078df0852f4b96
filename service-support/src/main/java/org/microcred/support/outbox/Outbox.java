package org.microcred.support.outbox;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.microcred.events.EventCodec;
import org.microcred.events.EventEnvelope;
import org.microcred.events.EventPayload;
import org.microcred.events.EventType;

/**
 * Records an event in the service's own database, inside the caller's transaction, so the event
 * exists if and only if the state change it announces committed. {@link OutboxRelay} publishes it.
 */
@ApplicationScoped
public class Outbox {

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
        return Panache.getSession().chain(session -> session.persist(row)).replaceWith(envelope);
    }
}
