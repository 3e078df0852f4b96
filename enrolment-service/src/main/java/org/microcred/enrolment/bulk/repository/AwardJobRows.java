package org.microcred.enrolment.bulk.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.LockMode;
import org.hibernate.reactive.mutiny.Mutiny;
import org.microcred.enrolment.bulk.AwardJobRow;

/** The rows of award jobs. */
@ApplicationScoped
public class AwardJobRows implements PanacheRepositoryBase<AwardJobRow, AwardJobRow.Key> {

    /** Rows per INSERT statement when a job is stored (five parameters each, well under PostgreSQL's 65,535). */
    private static final int INSERT_CHUNK = 1000;
    /** HQL: its plan is cached once (a native select adds a plan per execution; see {@code AwardJobs}). */
    private static final String NEXT_WAITING = "from AwardJobRow r where r.jobId = :job and r.status = :waiting"
            + " order by r.rowNo";

    /** Stores a new job's rows, in its transaction, a thousand per statement. */
    public Uni<Void> store(List<AwardJobRow> rows) {
        Uni<Void> all = Uni.createFrom().voidItem();
        for (int from = 0; from < rows.size(); from += INSERT_CHUNK) {
            List<AwardJobRow> chunk = rows.subList(from, Math.min(rows.size(), from + INSERT_CHUNK));
            all = all.chain(() -> getSession().chain(session -> insert(session, chunk))).replaceWithVoid();
        }
        return all;
    }

    private static Uni<Integer> insert(Mutiny.Session session, List<AwardJobRow> chunk) {
        StringBuilder sql = new StringBuilder(
                "INSERT INTO award_job_row (job_id, row_no, status, request, problem, settled_at) VALUES ");
        for (int i = 0; i < chunk.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(CAST(:j").append(i).append(" AS UUID), :n").append(i).append(", :s").append(i)
                    .append(", :r").append(i).append(", CAST(:p").append(i).append(" AS TEXT), CAST(:t").append(i)
                    .append(" AS TIMESTAMPTZ))");
        }
        var query = session.createNativeQuery(sql.toString());
        for (int i = 0; i < chunk.size(); i++) {
            AwardJobRow row = chunk.get(i);
            query.setParameter("j" + i, row.jobId).setParameter("n" + i, row.rowNo)
                    .setParameter("s" + i, row.status.name()).setParameter("r" + i, row.request)
                    .setParameter("p" + i, row.problem).setParameter("t" + i, row.settledAt);
        }
        return query.executeUpdate();
    }

    /**
     * The job's next {@code limit} waiting rows in order that no other transaction holds, locked for this one
     * ({@code SKIP LOCKED}: transactions applying the same job at once take different rows).
     */
    public Uni<List<AwardJobRow>> nextWaiting(UUID jobId, int limit) {
        return getSession().chain(session -> session.createSelectionQuery(NEXT_WAITING, AwardJobRow.class)
                .setParameter("job", jobId).setParameter("waiting", AwardJobRow.Status.WAITING)
                .setLockMode("r", LockMode.UPGRADE_SKIPLOCKED).setMaxResults(limit).getResultList());
    }

    /** The row locked for this transaction (waiting for another that holds it), or null. */
    public Uni<AwardJobRow> lock(UUID jobId, int rowNo) {
        return getSession().chain(session -> session.find(AwardJobRow.class, new AwardJobRow.Key(jobId, rowNo),
                LockMode.PESSIMISTIC_WRITE));
    }

    public Uni<AwardJobRow> find(UUID jobId, int rowNo) {
        return findById(new AwardJobRow.Key(jobId, rowNo));
    }

    public Uni<Boolean> anyWaiting(UUID jobId) {
        return getSession().chain(session -> session.createQuery("select r.rowNo from AwardJobRow r"
                        + " where r.jobId = ?1 and r.status = ?2", Integer.class)
                        .setParameter(1, jobId).setParameter(2, AwardJobRow.Status.WAITING).setMaxResults(1)
                        .getResultList())
                .map(found -> !found.isEmpty());
    }

    /** Every waiting row of the job becomes CANCELLED. */
    public Uni<Integer> cancelWaiting(UUID jobId, Instant now) {
        return update("status = ?1, settledAt = ?2 where jobId = ?3 and status = ?4", AwardJobRow.Status.CANCELLED,
                now, jobId, AwardJobRow.Status.WAITING);
    }

    /** How many rows of the job are in each status (absent: none). */
    public Uni<Map<AwardJobRow.Status, Long>> counts(UUID jobId) {
        return countsOf(List.of(jobId)).map(all -> all.getOrDefault(jobId, new EnumMap<>(AwardJobRow.Status.class)));
    }

    public Uni<Map<UUID, Map<AwardJobRow.Status, Long>>> countsOf(Collection<UUID> jobIds) {
        if (jobIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return getSession().chain(session -> session.createQuery("select r.jobId, r.status, count(r) from AwardJobRow r"
                                + " where r.jobId in (:ids) group by r.jobId, r.status", Object[].class)
                        .setParameter("ids", jobIds).getResultList())
                .map(rows -> {
                    Map<UUID, Map<AwardJobRow.Status, Long>> counts = new HashMap<>();
                    for (Object[] r : rows) {
                        counts.computeIfAbsent((UUID) r[0], id -> new EnumMap<>(AwardJobRow.Status.class))
                                .put((AwardJobRow.Status) r[1], (Long) r[2]);
                    }
                    return counts;
                });
    }

    public Uni<List<AwardJobRow>> ofStatus(UUID jobId, AwardJobRow.Status status) {
        return list("jobId = ?1 and status = ?2", Sort.by("rowNo"), jobId, status);
    }

    public Uni<List<AwardJobRow>> all(UUID jobId) {
        return list("jobId", Sort.by("rowNo"), jobId);
    }
}
