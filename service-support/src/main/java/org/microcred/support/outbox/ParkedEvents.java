package org.microcred.support.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.microcred.support.audit.AuditActor;
import org.microcred.support.audit.AuditConfig;
import org.microcred.support.audit.AuditState;
import org.microcred.support.audit.AuditTrail;
import org.microcred.support.problem.ProblemException;

/**
 * What an operator does with the rows the relay parked, always within one tenant: list them, count them, retry one
 * (the relay takes it, and the rows held behind it, on its next pass) or drop one (moved to {@code outbox_dropped}
 * with who, when and why, so no event disappears without a record). Where the service keeps an audit trail
 * ({@code microcred.audit.enabled}), a retry ({@code outbox.event.retried}) and a drop ({@code outbox.event.dropped})
 * are recorded in it, in the same transaction.
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

    private static final String VIEW = "select new org.microcred.support.outbox.ParkedEventView(e.eventId, e.seq,"
            + " e.eventType, e.topic, e.recordKey, e.subject, e.occurredAt, cast(octet_length(e.envelope) as Integer),"
            + " e.failedAttempts, e.lastError, e.parkedAt, e.parkReason) from OutboxEvent e where " + PARKED;

    private final AuditTrail audit;
    private final AuditConfig auditConfig;

    public ParkedEvents(AuditTrail audit, AuditConfig auditConfig) {
        this.audit = audit;
        this.auditConfig = auditConfig;
    }

    /** The tenant's parked rows, oldest first; the envelope itself stays out (it may be megabytes). */
    public Uni<List<ParkedEventView>> list(String tenantId, int limit) {
        return Panache.withSession(() -> Panache.getSession().chain(session -> session.createSelectionQuery(
                VIEW + " order by e.seq", ParkedEventView.class)
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
    public Uni<Void> retry(String tenantId, UUID eventId, AuditActor actor) {
        return Panache.withTransaction(() -> parked(tenantId, eventId).chain(row -> Panache.getSession()
                .chain(session -> session.createNativeQuery(RETRY)
                        .setParameter("id", eventId).setParameter("tenant", tenantId).executeUpdate())
                .invoke(changed -> requireOne(changed, eventId))
                .chain(() -> audited(actor, tenantId, "outbox.event.retried", row,
                        AuditState.of("status", "pending")))));
    }

    /** Moves the row to the audit table; 404 when the tenant has no parked row of that id. */
    public Uni<Void> drop(String tenantId, UUID eventId, AuditActor actor, String reason) {
        return Panache.withTransaction(() -> parked(tenantId, eventId).chain(row -> Panache.getSession()
                .chain(session -> session.createNativeQuery(DROP)
                        .setParameter("id", eventId).setParameter("tenant", tenantId)
                        .setParameter("by", actor.id()).setParameter("reason", reason).executeUpdate())
                .invoke(changed -> requireOne(changed, eventId))
                .chain(() -> audited(actor, tenantId, "outbox.event.dropped", row,
                        AuditState.of("status", "dropped", "reason", reason)))));
    }

    /** The parked row as it is (the state the audit record states before); 404 when the tenant has none of that id. */
    private static Uni<ParkedEventView> parked(String tenantId, UUID eventId) {
        return Panache.getSession().chain(session -> session.createSelectionQuery(VIEW + " and e.eventId = :id",
                        ParkedEventView.class)
                .setParameter("tenant", tenantId).setParameter("id", eventId)
                .getSingleResultOrNull())
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Parked outbox event", eventId));
    }

    private Uni<Void> audited(AuditActor actor, String tenantId, String action, ParkedEventView row,
            JsonNode after) {
        if (!auditConfig.enabled()) {
            return Uni.createFrom().voidItem();
        }
        return audit.record(actor, tenantId, action, "outbox-event", row.eventId().toString(),
                AuditState.of("status", "parked", "eventType", row.eventType(), "topic", row.topic(),
                        "parkReason", row.parkReason()), after).replaceWithVoid();
    }

    private static void requireOne(int changed, UUID eventId) {
        if (changed == 0) {
            throw ProblemException.notFound("Parked outbox event", eventId);
        }
    }
}
