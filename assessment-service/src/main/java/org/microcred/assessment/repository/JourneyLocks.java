package org.microcred.assessment.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Transaction-scoped PostgreSQL advisory locks. Events of different topics arrive on different
 * consumers at the same time; without a lock, a report parked while its version's catalogue event
 * commits (or a submission stored while its enrolment's withdrawal commits) would each miss the
 * other's uncommitted row and be stranded. Both sides take the same lock first, so one of them
 * always sees the other's committed work.
 */
@ApplicationScoped
public class JourneyLocks {

    public Uni<Void> enrolment(String tenantId, UUID enrolmentId) {
        return lock("enrolment:" + tenantId + ":" + enrolmentId);
    }

    public Uni<Void> version(String tenantId, UUID achievementId, int version) {
        return lock("version:" + tenantId + ":" + achievementId + ":" + version);
    }

    private Uni<Void> lock(String key) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("select 1 from pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .setParameter("key", key)
                .getSingleResult())
                .replaceWithVoid();
    }
}
