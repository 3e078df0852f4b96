package org.microcred.support.audit;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.microcred.support.audit.ChainVerification.BrokenLink;

/**
 * Recomputes a tenant's chain from its first record: each record must be the next number ({@code missing-record}
 * otherwise), carry the previous record's stored hash as {@code prevHash} ({@code broken-link}) and hash to its own
 * {@code hash} ({@code hash-mismatch}); the head must then name the last record (a record deleted at the end is
 * missing). Stops at the first broken link. Reads {@value AuditQueries#BATCH} records at a time.
 *
 * <p>The head and the records are read in one read-only {@code REPEATABLE READ} transaction, so all of them come from
 * one snapshot: a record appended while the walk runs (the service keeps working) is in neither, where reading them
 * apart would find it "beyond the chain's head" and call a sound chain broken.
 */
@ApplicationScoped
public class AuditVerifier {

    /** The first statement of the verifier's transaction: every later read sees the snapshot of the first. */
    private static final String SNAPSHOT = "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY";

    private final AuditQueries queries;

    public AuditVerifier(AuditQueries queries) {
        this.queries = queries;
    }

    public Uni<ChainVerification> verify(String tenantId) {
        AuditFilter all = new AuditFilter(tenantId, null, null, null, null, null, null);
        return Panache.withTransaction(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery(SNAPSHOT).executeUpdate())
                .chain(() -> queries.head(tenantId))
                .chain(head -> walk(all, new Walk(0, AuditHash.GENESIS, 0))
                        .map(walk -> conclude(tenantId, walk, head))));
    }

    private Uni<Walk> walk(AuditFilter all, Walk walk) {
        return queries.after(all, walk.lastSeq).chain(rows -> {
            Walk next = check(walk, rows);
            return next.broken != null || rows.size() < AuditQueries.BATCH ? Uni.createFrom().item(next)
                    : walk(all, next);
        });
    }

    private static Walk check(Walk walk, List<AuditRecord> rows) {
        long lastSeq = walk.lastSeq;
        String prevHash = walk.lastHash;
        long checked = walk.checked;
        for (AuditRecord r : rows) {
            BrokenLink broken = null;
            if (r.seq != lastSeq + 1) {
                broken = new BrokenLink(lastSeq + 1, ChainVerification.MISSING_RECORD, "no record " + (lastSeq + 1)
                        + (r.seq > lastSeq + 2 ? " to " + (r.seq - 1) : "") + "; the next is " + r.seq);
            } else if (!prevHash.equals(r.prevHash)) {
                broken = new BrokenLink(r.seq, ChainVerification.BROKEN_LINK, "prevHash " + r.prevHash
                        + " is not the hash of record " + lastSeq + " (" + prevHash + ")");
            } else {
                String recomputed = hashOf(r);
                if (!recomputed.equals(r.hash)) {
                    broken = new BrokenLink(r.seq, ChainVerification.HASH_MISMATCH, "the record's fields hash to "
                            + recomputed + ", not to its stored hash " + r.hash);
                }
            }
            if (broken != null) {
                return new Walk(lastSeq, prevHash, checked, broken);
            }
            lastSeq = r.seq;
            prevHash = r.hash;
            checked++;
        }
        return new Walk(lastSeq, prevHash, checked);
    }

    /** A field that no longer parses (JSON changed by hand) is a mismatch too, not an error of the verifier. */
    private static String hashOf(AuditRecord r) {
        try {
            return AuditHash.of(r);
        } catch (RuntimeException e) {
            return "unreadable (" + e.getMessage() + ")";
        }
    }

    private static ChainVerification conclude(String tenantId, Walk walk, AuditChainHead head) {
        long headSeq = head != null ? head.seq : 0;
        String headHash = head != null ? head.hash : AuditHash.GENESIS;
        BrokenLink broken = walk.broken;
        if (broken == null && headSeq > walk.lastSeq) {
            broken = new BrokenLink(walk.lastSeq + 1, ChainVerification.MISSING_RECORD, "the chain's head is record "
                    + headSeq + ", the last record found is " + walk.lastSeq);
        } else if (broken == null && headSeq < walk.lastSeq) {
            broken = new BrokenLink(headSeq + 1, ChainVerification.BROKEN_LINK, "record " + (headSeq + 1)
                    + " lies beyond the chain's head (" + headSeq + ")");
        } else if (broken == null && !headHash.equals(walk.lastHash)) {
            broken = new BrokenLink(walk.lastSeq, ChainVerification.BROKEN_LINK, "the chain's head names hash "
                    + headHash + ", record " + walk.lastSeq + " has " + walk.lastHash);
        }
        return new ChainVerification(tenantId, broken == null, walk.checked, headSeq, headHash, broken);
    }

    private record Walk(long lastSeq, String lastHash, long checked, BrokenLink broken) {
        Walk(long lastSeq, String lastHash, long checked) {
            this(lastSeq, lastHash, checked, null);
        }
    }
}
