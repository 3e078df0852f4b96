package org.microcred.issuance.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.issuance.Db;
import org.microcred.support.audit.AuditActor;
import org.microcred.support.audit.AuditHash;
import org.microcred.support.audit.AuditRecord;
import org.microcred.support.audit.AuditState;
import org.microcred.support.audit.AuditTrail;
import org.microcred.support.audit.AuditVerifier;
import org.microcred.support.audit.ChainVerification;

/**
 * The chain itself on the real database: appended in the caller's transaction, numbered one after the other under
 * concurrency, refused UPDATE and DELETE by the trigger, and the verifier naming a record changed or removed by
 * someone with owner rights (who disables the trigger). Each test has a tenant of its own, written here directly, so
 * no other chain is ever broken.
 */
@Tag("servers")
@QuarkusTest
class AuditChainTest {

    private static final AuditActor ADMIN = AuditActor.user("admin-1", List.of("issuer-admin"));

    @Inject
    AuditTrail trail;
    @Inject
    AuditVerifier verifier;

    @Test
    void anUntouchedChainVerifiesAndEachRecordHashesOverThePreviousOne() {
        String tenant = tenant();
        append(tenant, 3);
        ChainVerification result = verify(tenant);
        assertTrue(result.verified(), String.valueOf(result.firstBroken()));
        assertEquals(3, result.records());
        List<Object[]> rows = Db.rows("SELECT seq, prev_hash, hash FROM audit_record WHERE tenant_id = '" + tenant
                + "' ORDER BY seq");
        assertEquals(AuditHash.GENESIS, rows.get(0)[1]);
        assertEquals(rows.get(0)[2], rows.get(1)[1]);
        assertEquals(rows.get(1)[2], rows.get(2)[1]);
        assertEquals(rows.get(2)[2], result.headHash());
    }

    @Test
    void aRecordChangedBehindTheTriggersBackIsNamedByItsSequenceNumber() {
        String tenant = tenant();
        append(tenant, 4);
        asOwner("UPDATE audit_record SET after_state = '{\"reason\":\"nothing happened\",\"status\":\"ACTIVE\"}'"
                + " WHERE tenant_id = '" + tenant + "' AND seq = 3");
        ChainVerification result = verify(tenant);
        assertFalse(result.verified());
        assertEquals(3, result.firstBroken().seq());
        assertEquals(ChainVerification.HASH_MISMATCH, result.firstBroken().reason());
        assertEquals(2, result.records(), "records 1 and 2 checked good");
    }

    @Test
    void aRecordRehashedAfterItsChangeBreaksTheLinkOfTheNext() throws Throwable {
        String tenant = tenant();
        append(tenant, 3);
        // A careful forger changes record 2 and recomputes its hash: record 3 still names the old one.
        AuditRecord forged = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> Panache.getSession()
                .chain(session -> session.createSelectionQuery("from AuditRecord r where r.tenantId = :tenant"
                                + " and r.seq = 2", AuditRecord.class).setParameter("tenant", tenant).getSingleResult()
                        .invoke(session::detach))));
        forged.after = "{\"reason\":\"forged\",\"status\":\"ACTIVE\"}";
        asOwner("UPDATE audit_record SET after_state = '" + forged.after + "', hash = '" + AuditHash.of(forged)
                + "' WHERE tenant_id = '" + tenant + "' AND seq = 2");
        ChainVerification result = verify(tenant);
        assertFalse(result.verified());
        assertEquals(3, result.firstBroken().seq(), "record 2 hashes right, record 3 no longer links to it");
        assertEquals(ChainVerification.BROKEN_LINK, result.firstBroken().reason());
    }

    @Test
    void aDeletedRecordIsAGapAtItsSequenceNumber() {
        String tenant = tenant();
        append(tenant, 4);
        asOwner("DELETE FROM audit_record WHERE tenant_id = '" + tenant + "' AND seq = 2");
        ChainVerification result = verify(tenant);
        assertFalse(result.verified());
        assertEquals(2, result.firstBroken().seq());
        assertEquals(ChainVerification.MISSING_RECORD, result.firstBroken().reason());
    }

    @Test
    void aDeletedLastRecordIsAGapTooTheHeadRemembersIt() {
        String tenant = tenant();
        append(tenant, 3);
        asOwner("DELETE FROM audit_record WHERE tenant_id = '" + tenant + "' AND seq = 3");
        ChainVerification result = verify(tenant);
        assertFalse(result.verified());
        assertEquals(3, result.firstBroken().seq());
        assertEquals(ChainVerification.MISSING_RECORD, result.firstBroken().reason());
    }

    @Test
    void theTriggerRefusesUpdateDeleteAndTruncate() {
        String tenant = tenant();
        append(tenant, 1);
        String where = " WHERE tenant_id = '" + tenant + "'";
        for (String sql : List.of("UPDATE audit_record SET action = 'credential.nothing'" + where,
                "DELETE FROM audit_record" + where, "TRUNCATE audit_record")) {
            IllegalStateException refused = assertThrows(IllegalStateException.class, () -> Db.update(sql), sql);
            assertTrue(String.valueOf(rootMessage(refused)).contains("append-only"), sql + ": " + rootMessage(refused));
        }
        assertEquals(1, Db.count("SELECT count(*) FROM audit_record" + where));
        assertTrue(verify(tenant).verified());
    }

    @Test
    void aRolledBackChangeLeavesNoRecordAndTheChainGoesOnFromTheLastCommittedOne() {
        String tenant = tenant();
        append(tenant, 1);
        assertThrows(Exception.class, () -> VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(
                () -> record(tenant, 99)
                        .chain(() -> Uni.createFrom().failure(new IllegalStateException("change failed"))))));
        assertEquals(1, Db.count("SELECT count(*) FROM audit_record WHERE tenant_id = '" + tenant + "'"));
        append(tenant, 1);
        ChainVerification result = verify(tenant);
        assertTrue(result.verified(), String.valueOf(result.firstBroken()));
        assertEquals(2, result.headSeq());
    }

    @Test
    void concurrentAppendsMakeOneUnbrokenChain() throws Exception {
        String tenant = tenant();
        int writers = 8;
        int each = 5;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        int n = writer * 100 + i;
                        inTransaction(() -> record(tenant, n));
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        ChainVerification result = verify(tenant);
        assertTrue(result.verified(), String.valueOf(result.firstBroken()));
        assertEquals(writers * each, result.records());
        assertEquals(writers * each, Db.count("SELECT count(DISTINCT seq) FROM audit_record WHERE tenant_id = '"
                + tenant + "' AND seq BETWEEN 1 AND " + writers * each));
    }

    /**
     * The service keeps appending while an operator verifies: each verification must see one consistent chain (before
     * the head and records were read from one snapshot, a record committed between the two reads was "beyond the
     * chain's head", and a sound chain was reported broken).
     */
    @Test
    void verifyingWhileRecordsAreAppendedFindsASoundChain() throws Exception {
        String tenant = tenant();
        append(tenant, 1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> writing = pool.submit(() -> append(tenant, 60));
            List<ChainVerification> results = new ArrayList<>();
            while (!writing.isDone()) {
                results.add(verify(tenant));
            }
            writing.get();
            results.add(verify(tenant));
            assertTrue(results.size() > 1, "verified while appending");
            for (ChainVerification result : results) {
                assertTrue(result.verified(), String.valueOf(result.firstBroken()));
                assertEquals(result.headSeq(), result.records());
            }
            assertEquals(61, results.get(results.size() - 1).records());
        } finally {
            pool.shutdownNow();
        }
    }

    private static String tenant() {
        return "audit-test-" + UUID.randomUUID();
    }

    private void append(String tenant, int records) {
        for (int i = 0; i < records; i++) {
            int n = i;
            inTransaction(() -> record(tenant, n));
        }
    }

    private Uni<AuditRecord> record(String tenant, int n) {
        return trail.record(ADMIN, tenant, "credential.revoked", "credential", "credential-" + n,
                AuditState.of("status", "ACTIVE", "reason", null),
                AuditState.of("status", "REVOKED", "reason", "Record " + n + ", \"quoted\", 日本語"));
    }

    private static <T> T inTransaction(Supplier<Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(work));
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private ChainVerification verify(String tenant) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> verifier.verify(tenant));
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** What only the table's owner can do: the statement with the trigger disabled, all in one transaction. */
    private static void asOwner(String sql) {
        inTransaction(() -> Panache.getSession().chain(session -> session
                .createNativeQuery("ALTER TABLE audit_record DISABLE TRIGGER audit_record_no_update_or_delete")
                .executeUpdate()
                .chain(() -> session.createNativeQuery(sql).executeUpdate())
                .invoke(changed -> assertEquals(1, changed, sql))
                .chain(() -> session.createNativeQuery(
                        "ALTER TABLE audit_record ENABLE TRIGGER audit_record_no_update_or_delete").executeUpdate())));
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        StringBuilder all = new StringBuilder();
        while (t != null) {
            all.append(t.getMessage()).append(" | ");
            t = t.getCause();
        }
        return all.toString();
    }
}
