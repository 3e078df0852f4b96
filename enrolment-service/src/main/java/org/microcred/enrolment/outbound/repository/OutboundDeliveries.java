package org.microcred.enrolment.outbound.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.LockMode;
import org.microcred.enrolment.Page;
import org.microcred.enrolment.outbound.OutboundAttempt;
import org.microcred.enrolment.outbound.OutboundDelivery;
import org.microcred.enrolment.outbound.OutboundDelivery.Status;
import org.microcred.support.persistence.AdvisoryLocks;

/**
 * The deliveries and their attempts. A delivery is due when PENDING, its time has come, no sender holds an unexpired
 * lease on it, its endpoint is enabled and no earlier delivery (lower {@code seq}) of the same endpoint and subject is
 * still PENDING: so each (endpoint, subject) is sent in order, whatever the number of senders, and a subject whose
 * head is leased has nothing due. An endpoint has at most {@code microcred.outbound.per-endpoint-concurrency}
 * deliveries leased at once.
 */
@ApplicationScoped
public class OutboundDeliveries implements PanacheRepositoryBase<OutboundDelivery, UUID> {

    private final AdvisoryLocks locks;

    public OutboundDeliveries(AdvisoryLocks locks) {
        this.locks = locks;
    }

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
    // An endpoint with its share of deliveries in flight (leased, lease unexpired) has nothing due.
    private static final String ROOM = " and (select count(l) from OutboundDelivery l where l.endpointId = d.endpointId"
            + " and l.status = :pending and l.leaseUntil > :now) < :perEndpoint";
    // HQL: Hibernate caches its plan once (QueryPlanCacheTest).
    private static final String DUE = "from OutboundDelivery d where" + HEAD + ROOM + " order by d.seq";
    private static final String IN_FLIGHT = "select d.endpointId, count(d) from OutboundDelivery d"
            + " where d.status = :pending and d.leaseUntil > :now group by d.endpointId";
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
     * transaction, with at most {@code perEndpoint} of one endpoint in flight counting those leased already (by any
     * sender). The rows are locked ({@code FOR UPDATE SKIP LOCKED}) so that two senders leasing at once never take the
     * same one, and once committed the lease keeps the others off until it expires. Senders lease one at a time (a
     * transaction-scoped advisory lock, held for this short transaction only), so the in-flight count each one sees is
     * exact and two of them cannot both fill one endpoint's share.
     */
    public Uni<List<OutboundDelivery>> lease(Instant now, Instant until, String sender, int limit, int perEndpoint) {
        return locks.lock("outbound-lease")
                .chain(() -> leaseMore(now, until, sender, limit, perEndpoint, new ArrayList<>()));
    }

    /**
     * One round: the oldest due rows of the endpoints with room, as many as each one's room. A round that had to leave
     * rows of an endpoint it filled is followed by another (its leases flushed, so that endpoint is no longer due),
     * so the deliveries of other endpoints behind a full one's are reached in the same pass.
     */
    private Uni<List<OutboundDelivery>> leaseMore(Instant now, Instant until, String sender, int limit,
            int perEndpoint, List<OutboundDelivery> leased) {
        int room = limit - leased.size();
        if (room <= 0) {
            return Uni.createFrom().item(leased);
        }
        return Panache.getSession().chain(s -> s.createSelectionQuery(IN_FLIGHT, Object[].class)
                .setParameter("pending", Status.PENDING).setParameter("now", now).getResultList()
                .chain(counts -> s.createSelectionQuery(DUE, OutboundDelivery.class)
                        .setParameter("pending", Status.PENDING).setParameter("now", now)
                        .setParameter("perEndpoint", (long) perEndpoint)
                        .setLockMode("d", LockMode.UPGRADE_SKIPLOCKED)
                        .setMaxResults(room).getResultList()
                        .chain(due -> {
                            List<OutboundDelivery> chosen = withinShare(due, inFlight(counts), perEndpoint);
                            chosen.forEach(d -> {
                                d.leasedBy = sender;
                                d.leaseUntil = until;
                            });
                            leased.addAll(chosen);
                            return chosen.size() == due.size() ? Uni.createFrom().item(leased)
                                    : s.flush().chain(() -> leaseMore(now, until, sender, limit, perEndpoint, leased));
                        })));
    }

    private static Map<UUID, Long> inFlight(List<Object[]> counts) {
        Map<UUID, Long> byEndpoint = new HashMap<>();
        counts.forEach(row -> byEndpoint.put((UUID) row[0], (Long) row[1]));
        return byEndpoint;
    }

    /** The due rows, oldest first, as long as each one's endpoint has room; the others stay due for a later pass. */
    static List<OutboundDelivery> withinShare(List<OutboundDelivery> due, Map<UUID, Long> inFlight, int perEndpoint) {
        Map<UUID, Long> taken = new HashMap<>(inFlight);
        List<OutboundDelivery> chosen = new ArrayList<>(due.size());
        for (OutboundDelivery d : due) {
            if (taken.merge(d.endpointId, 1L, Long::sum) <= perEndpoint) {
                chosen.add(d);
            }
        }
        return chosen;
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
