package org.microcred.enrolment.notification.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.microcred.enrolment.notification.NotificationKind;
import org.microcred.enrolment.notification.NotificationPreference;

/** Which kinds each earner turned off (table {@code notification_preference}; no row = on). */
@ApplicationScoped
public class NotificationPreferences {

    private static final String SET = "INSERT INTO notification_preference (tenant_id, earner_id, kind, enabled,"
            + " updated_at) VALUES (:tenant, :earner, :kind, :enabled, :now) ON CONFLICT (tenant_id, earner_id, kind)"
            + " DO UPDATE SET enabled = EXCLUDED.enabled, updated_at = EXCLUDED.updated_at";
    // HQL: read for every mail sent, and Hibernate caches an HQL plan once (a native select adds one per execution).
    private static final String OF_EARNER = "from NotificationPreference p where p.tenantId = :tenant"
            + " and p.earnerId = :earner";

    /** Every kind, on unless the earner turned it off. */
    public Uni<Map<NotificationKind, Boolean>> of(String tenantId, String earnerId) {
        return Panache.getSession().chain(session -> session
                .createSelectionQuery(OF_EARNER, NotificationPreference.class)
                .setParameter("tenant", tenantId).setParameter("earner", earnerId)
                .getResultList())
                .map(rows -> {
                    Map<NotificationKind, Boolean> all = new EnumMap<>(NotificationKind.class);
                    for (NotificationKind kind : NotificationKind.values()) {
                        all.put(kind, true);
                    }
                    for (NotificationPreference row : rows) {
                        NotificationKind.fromWire(row.kind).ifPresent(k -> all.put(k, row.enabled));
                    }
                    return all;
                });
    }

    public Uni<Boolean> enabled(String tenantId, String earnerId, NotificationKind kind) {
        return of(tenantId, earnerId).map(all -> all.get(kind));
    }

    /** Sets one kind on or off, in the caller's transaction. */
    public Uni<Void> set(String tenantId, String earnerId, NotificationKind kind, boolean enabled, Instant now) {
        return Panache.getSession().chain(session -> session.createNativeQuery(SET)
                .setParameter("tenant", tenantId).setParameter("earner", earnerId)
                .setParameter("kind", kind.wireName()).setParameter("enabled", enabled).setParameter("now", now)
                .executeUpdate())
                .replaceWithVoid();
    }
}
