package org.microcred.support.outbox;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.microcred.support.problem.ProblemException;

/**
 * What an operator does with the rows the relay parked, always within one tenant: list them, count them, retry one
 * (the relay takes it, and the rows held behind it, on its next pass) or drop one (moved to {@code outbox_dropped}
 * with who, when and why, so no event disappears without a record).
 */
@ApplicationScoped
public class ParkedEvents {

    private static final String PARKED = "e.tenantId = :tenant and e.parkedAt is not null and e.publishedAt is null";

    private static final String DROP = "WITH gone AS (DELETE FROM outbox_event WHERE event_id = :id"
            + " AND tenant_id = :tenant AND parked_at IS NOT NULL AND published_at IS NULL RETURNING *)"
            + " INSERT INTO outbox_dropped (event_id, seq, topic, record_key, event_type, tenant_id, subject,"
            + " occurred_at, envelope, parked_at, park_reason, dropped_at, dropped_by, drop_reason)"
            + " SELECT event_id, seq, topic, record_key, event_type, tenant_id, subject, occurred_at, envelope,"
            + " parked_at, park_reason, now(), :by, :reason FROM gone";

    private static final String RETRY = "UPDATE outbox_event SET parked_at = NULL, park_reason = NULL,"
            + " failed_attempts = 0 WHERE event_id = :id AND tenant_id = :tenant AND parked_at IS NOT NULL"
            + " AND published_at IS NULL";

    /** The tenant's parked rows, oldest first; the envelope itself stays out (it may be megabytes). */
    public Uni<List<ParkedEventView>> list(String tenantId, int limit) {
        return Panache.withSession(() -> Panache.getSession().chain(session -> session.createSelectionQuery(
                "select new org.microcred.support.outbox.ParkedEventView(e.eventId, e.seq, e.eventType, e.topic,"
                        + " e.recordKey, e.subject, e.occurredAt, cast(octet_length(e.envelope) as Integer),"
                        + " e.failedAttempts, e.lastError, e.parkedAt, e.parkReason)"
                        + " from OutboxEvent e where " + PARKED + " order by e.seq", ParkedEventView.class)
                .setParameter("tenant", tenantId)
                .setMaxResults(limit)
                .getResultList()));
    }

    public Uni<OutboxStatusView> status(String tenantId) {
        return Panache.withSession(() -> Panache.getSession().chain(session -> session.createSelectionQuery(
                "select count(e) from OutboxEvent e where " + PARKED, Long.class)
                .setParameter("tenant", tenantId).getSingleResult()
                .chain(parked -> session.createSelectionQuery("select count(e) from OutboxEvent e"
                        + " where e.tenantId = :tenant and e.parkedAt is null and e.publishedAt is null", Long.class)
                        .setParameter("tenant", tenantId).getSingleResult()
                        .chain(unpublished -> session.createNativeQuery(
                                "SELECT count(*) FROM outbox_dropped WHERE tenant_id = :tenant", Long.class)
                                .setParameter("tenant", tenantId).getSingleResult()
                                .map(dropped -> new OutboxStatusView(tenantId, parked, unpublished, dropped))))));
    }

    /** Unparks the row; 404 when the tenant has no parked row of that id. */
    public Uni<Void> retry(String tenantId, UUID eventId) {
        return Panache.withTransaction(() -> Panache.getSession().chain(session -> session.createNativeQuery(RETRY)
                .setParameter("id", eventId).setParameter("tenant", tenantId).executeUpdate()))
                .invoke(changed -> requireOne(changed, eventId)).replaceWithVoid();
    }

    /** Moves the row to the audit table; 404 when the tenant has no parked row of that id. */
    public Uni<Void> drop(String tenantId, UUID eventId, String droppedBy, String reason) {
        return Panache.withTransaction(() -> Panache.getSession().chain(session -> session.createNativeQuery(DROP)
                .setParameter("id", eventId).setParameter("tenant", tenantId)
                .setParameter("by", droppedBy).setParameter("reason", reason).executeUpdate()))
                .invoke(changed -> requireOne(changed, eventId)).replaceWithVoid();
    }

    private static void requireOne(int changed, UUID eventId) {
        if (changed == 0) {
            throw ProblemException.notFound("Parked outbox event", eventId);
        }
    }
}
