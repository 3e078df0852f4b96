package org.microcred.enrolment.webhook.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import org.microcred.enrolment.webhook.WebhookDelivery;

/** The LMS webhook inbox. */
@ApplicationScoped
public class WebhookDeliveries implements PanacheRepositoryBase<WebhookDelivery, WebhookDelivery.Key> {

    /** A delivery the processor may take: the tenant and the sender's id. */
    public record Waiting(String tenantId, String webhookId) {
    }

    // A copy of the same delivery arriving at the same moment waits for the first insert and then
    // inserts nothing: the caller reads the row that is there.
    private static final String STORE = "INSERT INTO webhook_delivery (tenant_id, webhook_id, body_sha256, event_type,"
            + " body, received_at, status, attempts) VALUES (:tenant, :id, :hash, :type, :body, :now, 'RECEIVED', 0)"
            + " ON CONFLICT (tenant_id, webhook_id) DO NOTHING";
    /** A platform event that maps to nothing: stored already settled, IGNORED with its reason (webhook/adapter). */
    private static final String STORE_IGNORED = "INSERT INTO webhook_delivery (tenant_id, webhook_id, body_sha256,"
            + " event_type, body, received_at, status, attempts, processed_at, result)"
            + " VALUES (:tenant, :id, :hash, :type, :body, :now, 'IGNORED', 0, :now, :result)"
            + " ON CONFLICT (tenant_id, webhook_id) DO NOTHING";
    private static final String DUE = "d.status = 'RECEIVED'"
            + " AND (d.next_attempt_at IS NULL OR d.next_attempt_at <= :now)";
    private static final String WAITING = "SELECT d.tenant_id, d.webhook_id FROM webhook_delivery d WHERE " + DUE
            + " ORDER BY d.seq LIMIT :limit";
    /**
     * The delivery, locked, only while it is the oldest due one of its tenant: a tenant's deliveries
     * are applied in arrival order even with several processors, since a second processor skips
     * the head another holds and finds that nothing behind it is a head yet. A delivery waiting for
     * its retry is not due and does not hold up the ones behind it.
     */
    private static final String LOCK_HEAD = "SELECT d.* FROM webhook_delivery d"
            + " WHERE d.tenant_id = :tenant AND d.webhook_id = :id AND " + DUE
            + " AND NOT EXISTS (SELECT 1 FROM webhook_delivery e WHERE e.tenant_id = d.tenant_id AND e.seq < d.seq"
            + "   AND e.status = 'RECEIVED' AND (e.next_attempt_at IS NULL OR e.next_attempt_at <= :now))"
            + " FOR UPDATE SKIP LOCKED";
    private static final String LOCK_WAITING = "SELECT * FROM webhook_delivery WHERE tenant_id = :tenant"
            + " AND webhook_id = :id AND status = 'RECEIVED' FOR UPDATE SKIP LOCKED";

    public Uni<WebhookDelivery> find(String tenantId, String webhookId) {
        return findById(new WebhookDelivery.Key(tenantId, webhookId));
    }

    /** Stores a verified delivery as RECEIVED unless its id is in the inbox; runs in the caller's transaction. */
    public Uni<Integer> storeIfAbsent(String tenantId, String webhookId, String bodySha256, String type, String body,
            Instant now) {
        return getSession().chain(session -> session.createNativeQuery(STORE)
                .setParameter("tenant", tenantId).setParameter("id", webhookId).setParameter("hash", bodySha256)
                .setParameter("type", type).setParameter("body", body).setParameter("now", now)
                .executeUpdate());
    }

    /** Stores an IGNORED delivery with its reason ({@code result}, JSON) unless the id is known; rows inserted. */
    public Uni<Integer> storeIgnoredIfAbsent(String tenantId, String webhookId, String hash, String type, String body,
            String result, Instant now) {
        return getSession().chain(session -> session.createNativeQuery(STORE_IGNORED)
                .setParameter("tenant", tenantId).setParameter("id", webhookId).setParameter("hash", hash)
                .setParameter("type", type).setParameter("body", body).setParameter("now", now)
                .setParameter("result", result)
                .executeUpdate());
    }

    /**
     * The tenant's deliveries whose id starts with {@code prefix} (a platform's {@code canvas:}...; letters and a
     * colon, so nothing to escape for LIKE), newest first.
     */
    public Uni<List<WebhookDelivery>> listByPrefix(String tenantId, String prefix, WebhookDelivery.Status status,
            int limit, int offset) {
        String query = "tenantId = ?1 and webhookId like ?2" + (status == null ? "" : " and status = ?3")
                + " order by seq desc";
        var found = status == null ? find(query, tenantId, prefix + "%") : find(query, tenantId, prefix + "%", status);
        return found.range(offset, offset + limit - 1).list();
    }

    /** The oldest due deliveries, in arrival order (not locked: each is locked when it is applied). */
    public Uni<List<Waiting>> due(Instant now, int limit) {
        return Panache.withSession(() -> getSession().chain(session -> session
                        .<Object[]>createNativeQuery(WAITING)
                        .setParameter("now", now).setParameter("limit", limit)
                        .getResultList()))
                .map(rows -> rows.stream().map(r -> new Waiting((String) r[0], (String) r[1])).toList());
    }

    /** The delivery locked for this transaction if it is its tenant's next, else null. */
    public Uni<WebhookDelivery> lockIfNext(Waiting waiting, Instant now) {
        return getSession().chain(session -> session.createNativeQuery(LOCK_HEAD, WebhookDelivery.class)
                .setParameter("tenant", waiting.tenantId()).setParameter("id", waiting.webhookId())
                .setParameter("now", now)
                .getResultList())
                .map(rows -> rows.isEmpty() ? null : rows.get(0));
    }

    /** The delivery locked for this transaction if it still waits, else null. */
    public Uni<WebhookDelivery> lockIfWaiting(Waiting waiting) {
        return getSession().chain(session -> session.createNativeQuery(LOCK_WAITING, WebhookDelivery.class)
                .setParameter("tenant", waiting.tenantId()).setParameter("id", waiting.webhookId())
                .getResultList())
                .map(rows -> rows.isEmpty() ? null : rows.get(0));
    }

    /**
     * Forgets processed and failed deliveries received before {@code cutoff}; waiting ones stay
     * whatever their age. Safe once the cutoff is well past the timestamp tolerance: an older
     * delivery sent again is refused as stale before it is looked up.
     */
    public Uni<Long> purgeBefore(Instant cutoff) {
        return Panache.withTransaction(() -> delete("receivedAt < ?1 and status <> ?2", cutoff,
                WebhookDelivery.Status.RECEIVED));
    }
}
