package org.microcred.issuance.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.issuance.Db;
import org.microcred.issuance.keys.service.SigningKeys;

/**
 * Issuances that run at once, each in its own transaction on its own connection, as on two instances of the service
 * sharing the database: a new tenant gets one signing key and one list of each purpose between them, and no two
 * take the same status slot. The guarantee is the database's (row lock on the list's counter, advisory locks on
 * opening a key or a list), so it holds across instances as within one.
 */
@Tag("servers")
@QuarkusTest
class ConcurrentStatusSlotsTest {

    private static final int AT_ONCE = 8;

    @Inject
    SigningKeys signingKeys;

    @Inject
    StatusSlots slots;

    @Test
    void aNewTenantsFirstIssuancesAtOnceMakeOneKeyAndOneListOfEachPurpose() throws Exception {
        String tenant = newTenant();
        List<Integer> indexes = allocateAtOnce(tenant);

        assertEquals(AT_ONCE, indexes.stream().distinct().count(), "distinct revocation slots: " + indexes);
        assertEquals(1L, Db.count("SELECT count(*) FROM issuer_key WHERE tenant_id = '" + tenant + "'"), "one key");
        assertEquals(2L, Db.count("SELECT count(*) FROM status_list WHERE tenant_id = '" + tenant + "'"),
                "one list of each purpose");
    }

    /** The key and the lists exist: nothing but the list's row lock keeps the issuances apart. */
    @Test
    void issuancesAtOnceTakeDistinctSlots() throws Exception {
        String tenant = newTenant();
        allocate(tenant);
        List<Integer> indexes = allocateAtOnce(tenant);

        assertEquals(AT_ONCE, indexes.stream().distinct().count(), "distinct revocation slots: " + indexes);
        assertEquals((long) AT_ONCE + 1, Db.count("SELECT CAST(next_index AS BIGINT) FROM status_list"
                + " WHERE tenant_id = '" + tenant + "' AND purpose = 'REVOCATION'"),
                "the counter moved once per issuance");
    }

    private static String newTenant() {
        return "concurrent-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** {@value #AT_ONCE} issuances' slots, taken at once; answers their revocation indexes. */
    private List<Integer> allocateAtOnce(String tenant) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<StatusSlots.Pair>> taken = new ArrayList<>();
        for (int i = 0; i < AT_ONCE; i++) {
            taken.add(pool.submit(() -> {
                go.await();
                return allocate(tenant);
            }));
        }
        go.countDown();
        List<Integer> indexes = new ArrayList<>();
        try {
            for (Future<StatusSlots.Pair> pair : taken) {
                StatusSlots.Pair slotsTaken = pair.get();
                assertEquals(slotsTaken.revocation().index(), slotsTaken.suspension().index(), "twin slots");
                indexes.add(slotsTaken.revocation().index());
            }
        } finally {
            pool.shutdown();
        }
        return indexes;
    }

    /** One issuance's slots, in a transaction of its own, on a connection of its own. */
    private StatusSlots.Pair allocate(String tenant) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> signingKeys
                    .active(tenant).chain(key -> slots.allocate(tenant, key))));
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
