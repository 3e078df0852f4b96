package org.microcred.support.messaging;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** The events each consumer has applied: the memory that makes redelivery harmless. */
@ApplicationScoped
public class ProcessedEvents {

    /**
     * Records that {@code consumer} applies {@code eventId} now, inside the caller's transaction.
     * Answers false when it was applied before, so the caller skips its effects.
     */
    public Uni<Boolean> markApplied(String consumer, UUID eventId) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("INSERT INTO processed_event (consumer, event_id) VALUES (:consumer, :eventId)"
                        + " ON CONFLICT DO NOTHING")
                .setParameter("consumer", consumer)
                .setParameter("eventId", eventId)
                .executeUpdate()
                .map(inserted -> inserted == 1));
    }
}
