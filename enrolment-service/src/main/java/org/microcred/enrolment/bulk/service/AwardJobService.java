package org.microcred.enrolment.bulk.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.microcred.enrolment.Page;
import org.microcred.enrolment.bulk.AwardJob;
import org.microcred.enrolment.bulk.AwardJobRow;
import org.microcred.enrolment.bulk.repository.AwardJobRows;
import org.microcred.enrolment.bulk.repository.AwardJobs;
import org.microcred.support.audit.AuditActors;
import org.microcred.support.audit.AuditState;
import org.microcred.support.audit.AuditTrail;
import org.microcred.support.problem.ProblemException;

/** A tenant's award jobs: where each stands, its rows, and cancelling one. Another tenant's job is 404. */
@ApplicationScoped
public class AwardJobService {

    /** A job with how many of its rows are in each status; {@code rejected}: its REJECTED rows, when asked for. */
    public record JobState(AwardJob job, Map<AwardJobRow.Status, Long> counts, List<AwardJobRow> rejected) {
    }

    private final AwardJobs jobs;
    private final AwardJobRows rows;
    private final AwardJobEnd end;
    private final AuditTrail audit;
    private final AuditActors actors;

    public AwardJobService(AwardJobs jobs, AwardJobRows rows, AwardJobEnd end, AuditTrail audit, AuditActors actors) {
        this.audit = audit;
        this.actors = actors;
        this.jobs = jobs;
        this.rows = rows;
        this.end = end;
    }

    /** The job with its counts and rejected rows. */
    @WithSession
    public Uni<JobState> state(String tenantId, UUID id) {
        return existing(tenantId, id).chain(this::stateOf);
    }

    /** The state of a job just read (in the caller's session, or a new one). */
    public Uni<JobState> stateOf(AwardJob job) {
        return Panache.withSession(() -> rows.counts(job.id).chain(counts -> rows
                .ofStatus(job.id, AwardJobRow.Status.REJECTED).map(rejected -> new JobState(job, counts, rejected))));
    }

    /** The tenant's jobs, newest first, with their counts (not their rows). */
    @WithSession
    public Uni<Page<JobState>> list(String tenantId, int limit, int offset) {
        return jobs.count("tenantId", tenantId).chain(total -> jobs.page(tenantId, limit, offset)
                .chain(page -> rows.countsOf(page.stream().map(job -> job.id).toList())
                        .map(counts -> new Page<>(page.stream().map(job -> new JobState(job,
                                counts.getOrDefault(job.id, Map.of()), List.of())).toList(), total, limit, offset))));
    }

    /** Every row of the job, in order. */
    @WithSession
    public Uni<List<AwardJobRow>> report(String tenantId, UUID id) {
        return existing(tenantId, id).chain(job -> rows.all(job.id));
    }

    /**
     * Its waiting rows become CANCELLED and the job ends CANCELLED, with its event. Waits for a row being applied
     * (the job's lock), so that row is settled either way. A finished job: 409 {@code award-job-finished}.
     */
    public Uni<JobState> cancel(String tenantId, UUID id) {
        return Panache.withTransaction(() -> jobs.lock(tenantId, id).chain(job -> {
            if (job == null) {
                throw ProblemException.notFound("Award job", id);
            }
            if (job.status.finished()) {
                throw ProblemException.conflict("award-job-finished",
                        "Award job " + id + " is " + job.status + " already: there is nothing left to cancel");
            }
            AwardJob.Status before = job.status;
            return rows.cancelWaiting(job.id, Instant.now())
                    .call(cancelled -> audit.record(actors.caller(), tenantId, "award-job.cancelled", "award-job",
                            id.toString(), AuditState.of("status", before),
                            AuditState.of("status", AwardJob.Status.CANCELLED, "rowsCancelled", cancelled)))
                    .chain(() -> end.finish(job, AwardJob.Status.CANCELLED))
                    .chain(() -> stateOf(job));
        }));
    }

    private Uni<AwardJob> existing(String tenantId, UUID id) {
        return jobs.find(tenantId, id).onItem().ifNull().failWith(() -> ProblemException.notFound("Award job", id));
    }
}
