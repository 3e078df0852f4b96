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

    /**
     * In HQL, not SQL: Hibernate (ORM 7.2, Reactive 3.2) adds a query plan to its cache for every execution of a native
     * select, with keys that never match, all in one hash bucket; the relay takes this lock on every pass, so the
     * cache filled to its 2,048 entries, each lookup walked them (8.5% of issuance-service's CPU under load) and
     * legitimate plans were evicted. An HQL query is cached once ({@code QueryPlanCacheTest}). PostgreSQL runs
     * {@code select pg_advisory_xact_lock(hashtextextended($1, 0))}; the function returns void (null).
     */
    private static final String LOCK = "select function('pg_advisory_xact_lock', function('hashtextextended', :key, 0))";

    /** Waits for the lock named by {@code keyParts} joined with ':' (e.g. "issuance", tenant, id, version). */
    public Uni<Void> lock(String... keyParts) {
        String key = String.join(":", keyParts);
        return Panache.getSession().chain(session -> session.createSelectionQuery(LOCK, Object.class)
                        .setParameter("key", key)
                        .getSingleResult())
                .replaceWithVoid();
    }
}
