package org.microcred.enrolment.outbound.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.LockMode;
import org.microcred.enrolment.Page;
import org.microcred.enrolment.outbound.OutboundAttempt;
import org.microcred.enrolment.outbound.OutboundDelivery;
import org.microcred.enrolment.outbound.OutboundDelivery.Status;

/**
 * The deliveries and their attempts. A delivery is due when PENDING, its time has come, no sender holds an unexpired
 * lease on it, its endpoint is enabled and no earlier delivery (lower {@code seq}) of the same endpoint and subject is
 * still PENDING: so each (endpoint, subject) is sent in order, whatever the number of senders, and a subject whose
 * head is leased has nothing due.
 */
@ApplicationScoped
public class OutboundDeliveries implements PanacheRepositoryBase<OutboundDelivery, UUID> {

    // A redelivered event (or a second copy) inserts nothing.
    private static final String INSERT = "INSERT INTO outbound_delivery (id, tenant_id, endpoint_id, event_id, type,"
            + " subject, body, status, attempts, round, next_attempt_at, created_at) VALUES (:id, :tenant, :endpoint,"
            + " :event, :type, :subject, :body, 'PENDING', 0, 1, :now, :now)"
            + " ON CONFLICT (endpoint_id, event_id, type) DO NOTHING";
    private static final String HEAD = " d.status = :pending and d.nextAttemptAt <= :now"
            + " and (d.leaseUntil is null or d.leaseUntil <= :now)"
            + " and exists (select 1 from OutboundEndpoint e where e.id = d.endpointId and e.enabled = true)"
            + " and not exists (select 1 from OutboundDelivery p where p.endpointId = d.endpointId"
            + " and p.subject = d.subject and p.status = :pending and p.seq < d.seq)";
    // HQL: Hibernate caches its plan once (QueryPlanCacheTest).
    private static final String DUE = "from OutboundDelivery d where" + HEAD + " order by d.seq";
    private static final String OF_ENDPOINT = "from OutboundDelivery d where d.endpointId = :endpoint";
    private static final String WITH_STATUS = " and d.status = :status";
    private static final String NEWEST_FIRST = " order by d.seq desc";
    private static final String ONE = "from OutboundDelivery d where d.id = :id and d.endpointId = :endpoint";
    private static final String ATTEMPTS = "from OutboundAttempt a where a.deliveryId = :id order by a.id";

    /** Inserts one delivery in the caller's transaction; answers whether it is new. */
    public Uni<Boolean> add(UUID id, String tenant, UUID endpoint, UUID eventId, String type, String subject,
            String body, Instant now) {
        return Panache.getSession().chain(s -> s.createNativeQuery(INSERT)
                .setParameter("id", id).setParameter("tenant", tenant).setParameter("endpoint", endpoint)
                .setParameter("event", eventId).setParameter("type", type).setParameter("subject", subject)
                .setParameter("body", body).setParameter("now", now)
                .executeUpdate().map(inserted -> inserted == 1));
    }

    /**
     * Leases up to {@code limit} due deliveries, oldest first, to {@code sender} until {@code until}, in the caller's
     * transaction: the rows are locked ({@code FOR UPDATE SKIP LOCKED}) so that two senders leasing at once never
     * take the same one, and once committed the lease keeps the others off until it expires.
     */
    public Uni<List<OutboundDelivery>> lease(Instant now, Instant until, String sender, int limit) {
        return Panache.getSession().chain(s -> s.createSelectionQuery(DUE, OutboundDelivery.class)
                .setParameter("pending", Status.PENDING).setParameter("now", now)
                .setLockMode("d", LockMode.UPGRADE_SKIPLOCKED)
                .setMaxResults(limit).getResultList())
                .invoke(rows -> rows.forEach(d -> {
                    d.leasedBy = sender;
                    d.leaseUntil = until;
                }));
    }

    /** The delivery, locked until the caller's transaction ends (its result is being recorded); null when gone. */
    public Uni<OutboundDelivery> locked(UUID id) {
        return Panache.getSession().chain(s -> s.find(OutboundDelivery.class, id, LockMode.PESSIMISTIC_WRITE));
    }

    /** The endpoint's deliveries, newest first. */
    public Uni<Page<OutboundDelivery>> page(UUID endpoint, Status status, int limit, int offset) {
        String where = OF_ENDPOINT + (status == null ? "" : WITH_STATUS);
        return Panache.getSession().chain(s -> {
            var items = s.createSelectionQuery(where + NEWEST_FIRST, OutboundDelivery.class)
                    .setParameter("endpoint", endpoint);
            var count = s.createSelectionQuery("select count(d) " + where, Long.class).setParameter("endpoint", endpoint);
            if (status != null) {
                items.setParameter("status", status);
                count.setParameter("status", status);
            }
            return items.setFirstResult(offset).setMaxResults(limit).getResultList()
                    .chain(rows -> count.getSingleResult().map(total -> new Page<>(rows, total, limit, offset)));
        });
    }

    /** The endpoint's delivery, or null. */
    public Uni<OutboundDelivery> ofEndpoint(UUID endpoint, UUID id) {
        return Panache.getSession().chain(s -> s.createSelectionQuery(ONE, OutboundDelivery.class)
                .setParameter("id", id).setParameter("endpoint", endpoint).getResultList())
                .map(rows -> rows.isEmpty() ? null : rows.get(0));
    }

    public Uni<List<OutboundAttempt>> attempts(UUID delivery) {
        return Panache.getSession().chain(s -> s.createSelectionQuery(ATTEMPTS, OutboundAttempt.class)
                .setParameter("id", delivery).getResultList());
    }
}
