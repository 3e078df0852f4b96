package org.microcred.enrolment.persistence;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.arc.ClientProxy;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import java.lang.reflect.Field;
import java.time.Duration;
import java.util.function.Supplier;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.query.spi.QueryInterpretationCache;
import org.hibernate.reactive.mutiny.Mutiny;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.support.background.RepeatingPass;
import org.microcred.support.metrics.OutboxGauges;
import org.microcred.support.outbox.OutboxRelay;
import org.microcred.support.persistence.AdvisoryLocks;

/**
 * The queries every service runs all the time (the relay's lock and its selection, on every pass; the outbox gauges)
 * add no query plan to Hibernate's cache once warm. Written as native SQL they added one per execution (Hibernate
 * ORM 7.2 / Reactive 3.2 never match a native select's cached key): the cache filled to its 2,048 entries, its
 * lookups walked them (8.5% of issuance-service's CPU under load), and legitimate plans were evicted.
 */
@Tag("servers")
@QuarkusTest
class QueryPlanCacheTest {

    private static final int CALLS = 20;
    private static final int STRAY_PLANS = 2;

    @Inject
    Mutiny.SessionFactory sessions;
    @Inject
    AdvisoryLocks locks;
    @Inject
    OutboxRelay relay;
    @Inject
    OutboxGauges gauges;
    @Inject
    Vertx vertx;

    @Test
    void theRelaysLockAddsNoPlanPerCall() throws Exception {
        assertNoPlanPerCall("advisory lock", () -> Panache.withTransaction(() -> locks.lock("plan-cache-test")));
    }

    @Test
    void theRelaysPassAddsNoPlanPerCall() throws Exception {
        assertNoPlanPerCall("relay pass", relay::publishPending);
    }

    @Test
    void theOutboxGaugesAddNoPlanPerRead() throws Exception {
        assertNoPlanPerCall("outbox gauges", gauges::refresh);
    }

    private void assertNoPlanPerCall(String what, Supplier<Uni<?>> call) throws Exception {
        QueryInterpretationCache cache = planCache();
        onContext(call); // warm: its plans are cached once
        int before = cache.getNumberOfCachedQueryPlans();
        for (int i = 0; i < CALLS; i++) {
            onContext(call);
        }
        // The service's own background passes run meanwhile and may cache a plan of theirs for the first time; a plan
        // per call would add CALLS.
        int added = cache.getNumberOfCachedQueryPlans() - before;
        assertTrue(added <= STRAY_PLANS, what + ": " + added + " query plans cached by " + CALLS + " calls");
    }

    /** As the services run these: on a Vert.x context of their own (Hibernate Reactive needs one). */
    private void onContext(Supplier<Uni<?>> call) {
        RepeatingPass.onSafeContext(vertx, () -> call.get().replaceWith(0)).await().atMost(Duration.ofSeconds(30));
    }

    /** Hibernate's cache behind the reactive session factory (its {@code delegate}; no public accessor). */
    private QueryInterpretationCache planCache() throws ReflectiveOperationException {
        Object factory = ClientProxy.unwrap(sessions);
        for (Class<?> type = factory.getClass(); type != null; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (SessionFactoryImplementor.class.isAssignableFrom(field.getType())) {
                    field.setAccessible(true);
                    return ((SessionFactoryImplementor) field.get(factory)).getQueryEngine().getInterpretationCache();
                }
            }
        }
        throw new IllegalStateException("No SessionFactoryImplementor in " + factory.getClass());
    }
}
