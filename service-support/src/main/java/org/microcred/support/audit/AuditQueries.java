package org.microcred.support.audit;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Reads a tenant's audit trail: a page of a list (newest first), and an export streamed in pages (oldest first). */
@ApplicationScoped
public class AuditQueries {

    /** Rows read at a time by an export and by the verifier. */
    static final int BATCH = 500;

    /** Up to {@code limit} records newest first, starting below {@code beforeSeq} (null: from the newest). */
    public Uni<List<AuditRecord>> list(AuditFilter filter, Long beforeSeq, int limit) {
        String where = filter.where() + (beforeSeq != null ? " and r.seq < :before" : "");
        return Panache.withSession(() -> Panache.getSession().chain(session -> {
            var query = filter.bind(session.createSelectionQuery(
                    "from AuditRecord r where " + where + " order by r.seq desc", AuditRecord.class));
            if (beforeSeq != null) {
                query.setParameter("before", beforeSeq);
            }
            return query.setMaxResults(limit).getResultList();
        }));
    }

    /** Every record the filter holds, oldest first, read {@value #BATCH} at a time as the client takes them. */
    public Multi<AuditRecord> stream(AuditFilter filter) {
        AtomicLong last = new AtomicLong(0);
        return Multi.createBy().repeating()
                .uni(() -> after(filter, last.get()).invoke(rows -> {
                    if (!rows.isEmpty()) {
                        last.set(rows.get(rows.size() - 1).seq);
                    }
                }))
                .until(List::isEmpty)
                .onItem().transformToIterable(rows -> rows);
    }

    /** The next {@value #BATCH} records after {@code seq}, oldest first. */
    Uni<List<AuditRecord>> after(AuditFilter filter, long seq) {
        return Panache.withSession(() -> Panache.getSession().chain(session -> filter.bind(session.createSelectionQuery(
                        "from AuditRecord r where " + filter.where() + " and r.seq > :after order by r.seq",
                        AuditRecord.class))
                .setParameter("after", seq)
                .setMaxResults(BATCH)
                .getResultList()));
    }

    /** The tenant's chain head: how long its chain is and its last hash; null before its first record. */
    Uni<AuditChainHead> head(String tenantId) {
        return Panache.withSession(() -> Panache.getSession()
                .chain(session -> session.find(AuditChainHead.class, tenantId)));
    }
}
