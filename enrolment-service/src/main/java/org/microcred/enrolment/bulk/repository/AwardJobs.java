package org.microcred.enrolment.bulk.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.LockMode;
import org.microcred.enrolment.bulk.AwardJob;

/** Bulk award jobs; every read by a caller is scoped to their tenant. */
@ApplicationScoped
public class AwardJobs implements PanacheRepositoryBase<AwardJob, UUID> {

    // The same batch submitted twice at the same moment: the second insert waits for the first and inserts nothing.
    private static final String STORE = "INSERT INTO award_job (id, tenant_id, rows_sha256, status, row_count,"
            + " submitted_by, submitted_at) VALUES (:id, :tenant, :hash, 'QUEUED', :rows, :by, :at)"
            + " ON CONFLICT (tenant_id, rows_sha256) DO NOTHING";
    /**
     * HQL, not SQL, as the two queries below run on every pass and every row: Hibernate caches an HQL query's plan
     * once, but adds one per execution of a native select (see service-support's {@code AdvisoryLocks}).
     */
    private static final String UNFINISHED = "select j.id, j.status from AwardJob j where j.status in (:open)"
            + " order by j.seq";
    /**
     * Whoever holds a job applies its rows, in order; another processor skips it and takes the next job. With
     * {@link LockMode#UPGRADE_SKIPLOCKED}: {@code FOR NO KEY UPDATE SKIP LOCKED}.
     */
    private static final String LOCK_UNFINISHED = "from AwardJob j where j.id = :id and j.status in (:open)";
    private static final List<AwardJob.Status> OPEN = List.of(AwardJob.Status.QUEUED, AwardJob.Status.RUNNING);

    /** Stores a new QUEUED job unless the tenant has one of the same rows; answers whether it stored it. */
    public Uni<Boolean> storeIfAbsent(UUID id, String tenantId, String rowsSha256, int rows, String by, Instant at) {
        return getSession().chain(session -> session.createNativeQuery(STORE)
                        .setParameter("id", id).setParameter("tenant", tenantId).setParameter("hash", rowsSha256)
                        .setParameter("rows", rows).setParameter("by", by).setParameter("at", at)
                        .executeUpdate())
                .map(inserted -> inserted > 0);
    }

    public Uni<AwardJob> findByRows(String tenantId, String rowsSha256) {
        return find("tenantId = ?1 and rowsSha256 = ?2", tenantId, rowsSha256).firstResult();
    }

    /** The tenant's job, or null (another tenant's is as absent as an unknown one). */
    public Uni<AwardJob> find(String tenantId, UUID id) {
        return find("tenantId = ?1 and id = ?2", tenantId, id).firstResult();
    }

    /** The tenant's job locked for a change (waiting for a row's transaction to end), or null. */
    public Uni<AwardJob> lock(String tenantId, UUID id) {
        return find("tenantId = ?1 and id = ?2", tenantId, id)
                .withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    /** The tenant's jobs, newest first. */
    public Uni<List<AwardJob>> page(String tenantId, int limit, int offset) {
        return find("tenantId", Sort.by("seq", Sort.Direction.Descending), tenantId)
                .range(offset, offset + limit - 1).list();
    }

    /** An unfinished job, and whether it is still QUEUED (no pass has taken it up yet). */
    public record Unfinished(UUID id, boolean queued) {
    }

    /** The oldest unfinished jobs (not locked: each row's transaction locks its job). */
    public Uni<List<Unfinished>> unfinished(int limit) {
        return Panache.withSession(() -> getSession().chain(session -> session
                        .createSelectionQuery(UNFINISHED, Object[].class).setParameter("open", OPEN)
                        .setMaxResults(limit).getResultList()))
                .map(found -> found.stream().map(row -> new Unfinished((UUID) row[0],
                        row[1] == AwardJob.Status.QUEUED)).toList());
    }

    /**
     * The job share-locked for this transaction if it is unfinished ({@code FOR SHARE}): several transactions apply its
     * rows at once (each takes other rows), while a cancel, which locks it for update, waits for them all.
     */
    public Uni<AwardJob> lockSharedIfUnfinished(UUID id) {
        return lockIfUnfinished(id, LockMode.PESSIMISTIC_READ);
    }

    /** The job locked for this transaction if it is unfinished and no other transaction holds it, else null. */
    public Uni<AwardJob> lockIfUnfinished(UUID id) {
        return lockIfUnfinished(id, LockMode.UPGRADE_SKIPLOCKED);
    }

    private Uni<AwardJob> lockIfUnfinished(UUID id, LockMode mode) {
        return getSession().chain(session -> session.createSelectionQuery(LOCK_UNFINISHED, AwardJob.class)
                        .setParameter("id", id).setParameter("open", OPEN).setLockMode("j", mode)
                        .getResultList())
                .map(rows -> rows.isEmpty() ? null : rows.get(0));
    }
}
