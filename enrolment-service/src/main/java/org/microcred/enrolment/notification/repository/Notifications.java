package org.microcred.enrolment.notification.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.LockMode;
import org.microcred.enrolment.notification.Notification;

/** The notification rows: written once per cause and kind, then taken by the sender. */
@ApplicationScoped
public class Notifications implements PanacheRepositoryBase<Notification, UUID> {

    /** A notification to write: who, what and why. */
    public record NewNotification(String tenantId, String earnerId, String recipient, String earnerName, String kind,
            String sourceKey, UUID enrolmentId, String data) {
    }

    // A second row for the same cause and kind (a redelivered event, a second pass) inserts nothing.
    private static final String INSERT = "INSERT INTO notification (id, tenant_id, earner_id, recipient, earner_name,"
            + " kind, source_key, enrolment_id, data, status, attempts, next_attempt_at, created_at)"
            + " VALUES (:id, :tenant, :earner, :recipient, :name, :kind, :source, :enrolment, :data, 'PENDING', 0,"
            + " :now, :now) ON CONFLICT (source_key, kind) DO NOTHING";
    // HQL: Hibernate caches its plan once (a native select adds a plan-cache entry per execution).
    private static final String DUE = "select n.id from Notification n where n.status = :pending"
            + " and n.nextAttemptAt <= :now order by n.nextAttemptAt";
    private static final String LOCK_DUE = "from Notification n where n.id = :id and n.status = :pending"
            + " and n.nextAttemptAt <= :now";

    /** Inserts it in the caller's transaction; answers whether it is new. */
    public Uni<Boolean> add(NewNotification n, Instant now) {
        return Panache.getSession().chain(session -> session.createNativeQuery(INSERT)
                .setParameter("id", UUID.randomUUID()).setParameter("tenant", n.tenantId())
                .setParameter("earner", n.earnerId()).setParameter("recipient", n.recipient())
                .setParameter("name", n.earnerName()).setParameter("kind", n.kind())
                .setParameter("source", n.sourceKey()).setParameter("enrolment", n.enrolmentId())
                .setParameter("data", n.data()).setParameter("now", now)
                .executeUpdate()
                .map(inserted -> inserted == 1));
    }

    /** Ids of the rows due to be sent, oldest due first. */
    public Uni<List<UUID>> due(Instant now, int limit) {
        return Panache.getSession().chain(session -> session.createSelectionQuery(DUE, UUID.class)
                .setParameter("pending", Notification.Status.PENDING).setParameter("now", now)
                .setMaxResults(limit).getResultList());
    }

    /** The row, locked, if it is still due; null when sent meanwhile or another sender holds it (SKIP LOCKED). */
    public Uni<Notification> lockIfDue(UUID id, Instant now) {
        return Panache.getSession().chain(session -> session.createSelectionQuery(LOCK_DUE, Notification.class)
                .setParameter("id", id).setParameter("pending", Notification.Status.PENDING)
                .setParameter("now", now)
                .setLockMode("n", LockMode.UPGRADE_SKIPLOCKED)
                .getResultList())
                .map(rows -> rows.isEmpty() ? null : rows.get(0));
    }
}
