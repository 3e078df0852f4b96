package org.microcred.support.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Transaction-scoped PostgreSQL advisory locks, for the places where two transactions meet on a row that neither
 * can lock because it may not exist yet: an award parked while its catalogue entry commits, a report parked while
 * its version's catalogue event commits, two issuances both opening the next status list. Both sides take the same
 * lock first, so one of them always sees the other's committed work. Released by commit or rollback.
 */
@ApplicationScoped
public class AdvisoryLocks {

    private static final String LOCK = "SELECT 1 FROM pg_advisory_xact_lock(hashtextextended(:key, 0))";

    /** Waits for the lock named by {@code keyParts} joined with ':' (e.g. "issuance", tenant, id, version). */
    public Uni<Void> lock(String... keyParts) {
        String key = String.join(":", keyParts);
        return Panache.getSession().chain(session -> session.createNativeQuery(LOCK)
                        .setParameter("key", key)
                        .getSingleResult())
                .replaceWithVoid();
    }
}
