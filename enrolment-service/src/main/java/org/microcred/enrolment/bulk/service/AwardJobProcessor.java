package org.microcred.enrolment.bulk.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.jboss.logging.Logger;
import org.microcred.enrolment.bulk.AwardJob;
import org.microcred.enrolment.bulk.AwardJobRow;
import org.microcred.enrolment.bulk.AwardJobsConfig;
import org.microcred.enrolment.bulk.repository.AwardJobRows;
import org.microcred.enrolment.bulk.repository.AwardJobs;
import org.microcred.enrolment.bulk.rest.AwardJobViews;
import org.microcred.enrolment.service.SwitchablePass;
import org.microcred.enrolment.webhook.LmsMessages;
import org.microcred.enrolment.webhook.service.AwardRequests;
import org.microcred.support.background.RepeatingPass;
import org.microcred.support.metrics.AfterCommit;
import org.microcred.support.problem.Problem;
import org.microcred.support.problem.ProblemException;
import org.microcred.support.resilience.Outages;

/**
 * Applies the waiting rows of award jobs, oldest job first and each job's rows in order, several rows to a
 * transaction ({@code rows-per-transaction}): the job is locked ({@code FOR UPDATE SKIP LOCKED}: another instance
 * takes another job), its next waiting rows are applied through {@link AwardRequests} with the stable request id
 * {@code job:<jobId>:<rowNo>}, and each row becomes APPLIED with its answer, in the same transaction as the awards and
 * their outbox events; the job's end ({@link AwardJobEnd}) commits with its last row. A crash at any point leaves the
 * rows WAITING with nothing of them written, so the next pass (of this instance after a restart, or of another)
 * applies them once. A server away ends the pass (the rows wait for the next). Any other failure rolls the batch back
 * and its rows are applied again one to a transaction, so that one bad row costs only itself: a row's problem is
 * recorded FAILED in a second transaction; any other failure is retried up to {@code max-attempts} times, then FAILED.
 */
@ApplicationScoped
public class AwardJobProcessor {

    private static final Logger LOG = Logger.getLogger(AwardJobProcessor.class);
    /** Unfinished jobs one pass looks at. */
    private static final int JOBS_PER_PASS = 10;

    /** What one row's transaction did. */
    enum Step { APPLIED, NOTHING, SERVER_AWAY }

    private final AwardJobs jobs;
    private final AwardJobRows rows;
    private final AwardRequests awards;
    private final AwardJobEnd end;
    private final ObjectMapper mapper;
    private final Vertx vertx;
    private final AwardJobsConfig config;
    private final SwitchablePass passes;
    /** Runs last in each row's transaction: a test stops the processing there as a crash would. */
    private volatile Function<AwardJobRow, Uni<Void>> beforeCommit = row -> Uni.createFrom().voidItem();

    public AwardJobProcessor(AwardJobs jobs, AwardJobRows rows, AwardRequests awards, AwardJobEnd end,
            ObjectMapper mapper, Vertx vertx, AwardJobsConfig config) {
        this.jobs = jobs;
        this.rows = rows;
        this.awards = awards;
        this.end = end;
        this.mapper = mapper;
        this.vertx = vertx;
        this.config = config;
        this.passes = new SwitchablePass(new RepeatingPass(vertx, "Award jobs", () -> pass(config.batchSize()),
                taken -> taken > 0, config.interval(), config.interval()), config.enabled(),
                "The award job processor is disabled (microcred.award-jobs.enabled=false)");
    }

    void start(@Observes StartupEvent started) {
        passes.start();
    }

    void stop(@Observes ShutdownEvent stopping) {
        passes.stop();
    }

    /** A job was stored and committed: apply it now rather than at the next poll. */
    public void wake() {
        passes.wake();
    }

    /** One pass applying at most {@code maxRows} rows: answers how many it settled. */
    public Uni<Integer> runOnce(int maxRows) {
        return RepeatingPass.onSafeContext(vertx, () -> pass(maxRows));
    }

    /** For tests: what runs last in each row's transaction (a failure there rolls the row back). */
    void beforeCommit(Function<AwardJobRow, Uni<Void>> step) {
        this.beforeCommit = step;
    }

    private Uni<Integer> pass(int maxRows) {
        return jobs.unfinished(JOBS_PER_PASS).chain(unfinished -> drainJobs(unfinished, 0, maxRows));
    }

    private Uni<Integer> drainJobs(List<UUID> unfinished, int index, int left) {
        if (index >= unfinished.size() || left <= 0) {
            return Uni.createFrom().item(0);
        }
        return drain(unfinished.get(index), left).chain(done -> done < 0 ? Uni.createFrom().item(0)
                : drainJobs(unfinished, index + 1, left - done).map(more -> done + more));
    }

    /** Settles up to {@code left} rows of the job; answers how many, or -1 when a server is away (the pass ends). */
    private Uni<Integer> drain(UUID jobId, int left) {
        if (left <= 0) {
            return Uni.createFrom().item(0);
        }
        return processBatch(jobId, Math.min(left, config.rowsPerTransaction())).chain(settled -> settled <= 0
                ? Uni.createFrom().item(settled)
                : drain(jobId, left - settled).map(more -> more < 0 ? settled : settled + more));
    }

    /**
     * Up to {@code size} rows of the job in one transaction: answers how many were settled (0: none waits, or another
     * instance holds the job; -1: a server is away). A batch that fails otherwise is applied again row by row.
     */
    private Uni<Integer> processBatch(UUID jobId, int size) {
        if (size == 1) {
            return processOne(jobId).map(AwardJobProcessor::settled);
        }
        AfterCommit.begin();
        return Panache.withTransaction(() -> jobs.lockIfUnfinished(jobId).chain(job -> job == null
                        ? Uni.createFrom().item(0)
                        : rows.nextWaiting(jobId, size).chain(batch -> batch.isEmpty()
                                ? end.afterRow(job).replaceWith(0) // settled earlier without ending the job
                                : applyAll(job, batch, 0).chain(() -> end.afterRow(job)).replaceWith(batch.size()))))
                .invoke(AfterCommit::committed)
                .onFailure().invoke(AfterCommit::discard)
                .onFailure(Outages::isOutage).recoverWithItem(failure -> {
                    LOG.warnf("Award job %s waits for a server that is away: %s", jobId, failure.toString());
                    return -1;
                })
                .onFailure().recoverWithUni(failure -> {
                    LOG.debugf("Award job %s: a batch of %d rows failed (%s); applying them one by one", jobId, size,
                            failure.toString());
                    return oneByOne(jobId, size);
                });
    }

    private Uni<Void> applyAll(AwardJob job, List<AwardJobRow> batch, int index) {
        if (index >= batch.size()) {
            return Uni.createFrom().voidItem();
        }
        return apply(job, batch.get(index)).chain(() -> applyAll(job, batch, index + 1));
    }

    private Uni<Integer> oneByOne(UUID jobId, int left) {
        if (left <= 0) {
            return Uni.createFrom().item(0);
        }
        return processOne(jobId).chain(step -> step != Step.APPLIED ? Uni.createFrom().item(settled(step))
                : oneByOne(jobId, left - 1).map(more -> more < 0 ? 1 : 1 + more));
    }

    private static int settled(Step step) {
        return switch (step) {
            case APPLIED -> 1;
            case NOTHING -> 0;
            case SERVER_AWAY -> -1;
        };
    }

    /** Each row is a unit of work for AfterCommit: what applying it counts (an enrolment) counts on commit. */
    private Uni<Step> processOne(UUID jobId) {
        AtomicReference<AwardJobRow> taken = new AtomicReference<>();
        AfterCommit.begin();
        return Panache.withTransaction(() -> jobs.lockIfUnfinished(jobId).chain(job -> job == null
                        ? Uni.createFrom().item(Step.NOTHING)
                        : rows.firstWaiting(jobId).chain(row -> {
                            if (row == null) { // settled by an earlier transaction that did not end the job
                                return end.afterRow(job).replaceWith(Step.NOTHING);
                            }
                            taken.set(row);
                            return apply(job, row).chain(() -> end.afterRow(job)).replaceWith(Step.APPLIED);
                        })))
                .invoke(AfterCommit::committed)
                .onFailure().invoke(AfterCommit::discard)
                .onFailure(Outages::isOutage).recoverWithItem(failure -> {
                    LOG.warnf("Award job %s waits for a server that is away: %s", jobId, failure.toString());
                    return Step.SERVER_AWAY;
                })
                .onFailure().recoverWithUni(failure -> taken.get() == null ? unexpected(jobId, failure)
                        : recordFailure(jobId, taken.get().rowNo, failure));
    }

    /** One row, in the caller's transaction: the award, and the row APPLIED with its answer. */
    private Uni<Void> apply(AwardJob job, AwardJobRow row) {
        LmsMessages.AwardRequested request = read(row.request);
        return awards.request(job.tenantId, "job:" + job.id + ":" + row.rowNo, job.submittedAt, request)
                .chain(awarded -> {
                    row.status = AwardJobRow.Status.APPLIED;
                    row.outcome = awarded.outcome();
                    row.awardId = awarded.awardId();
                    row.enrolmentId = awarded.enrolmentId();
                    row.unclaimed = awarded.unclaimed();
                    row.claimUrl = awarded.claimUrl();
                    row.settledAt = Instant.now();
                    return beforeCommit.apply(row);
                });
    }

    /** The row's transaction rolled back; in a new one, the row fails, or waits for another attempt. */
    private Uni<Step> recordFailure(UUID jobId, int rowNo, Throwable failure) {
        Problem problem = failure instanceof ProblemException p ? p.toProblem(AwardJobViews.statusUrl(jobId)) : null;
        return Panache.withTransaction(() -> jobs.lockIfUnfinished(jobId).chain(job -> job == null
                        ? Uni.createFrom().item(Step.NOTHING)
                        : rows.find(jobId, rowNo).chain(row -> {
                            if (row == null || row.status != AwardJobRow.Status.WAITING) {
                                return Uni.createFrom().item(Step.NOTHING);
                            }
                            if (problem == null && ++row.attempts < config.maxAttempts()) {
                                LOG.warnf(failure, "Award job %s row %d: attempt %d failed; trying again", jobId,
                                        rowNo, row.attempts);
                                return Uni.createFrom().item(Step.APPLIED);
                            }
                            if (problem == null) {
                                LOG.errorf(failure, "Award job %s row %d failed after %d attempts", jobId, rowNo,
                                        row.attempts);
                            }
                            row.status = AwardJobRow.Status.FAILED;
                            row.problem = json(problem != null ? problem : new ProblemException(500,
                                    "processing-failed", "Processing failed", "The row could not be applied after "
                                            + row.attempts + " attempts").toProblem(AwardJobViews.statusUrl(jobId)));
                            row.settledAt = Instant.now();
                            return end.afterRow(job).replaceWith(Step.APPLIED);
                        })))
                .onFailure().recoverWithItem(error -> {
                    // Nothing recorded: the row stays WAITING and the next pass tries it again.
                    LOG.warnf("Award job %s row %d: the failure could not be recorded: %s", jobId, rowNo,
                            error.toString());
                    return Step.SERVER_AWAY;
                });
    }

    private static Uni<Step> unexpected(UUID jobId, Throwable failure) {
        LOG.errorf(failure, "Award job %s: no row could be taken", jobId);
        return Uni.createFrom().item(Step.NOTHING);
    }

    private LmsMessages.AwardRequested read(String request) {
        try {
            return mapper.readValue(request, LmsMessages.AwardRequested.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An award job row that cannot be read: " + request, e);
        }
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write " + value, e);
        }
    }
}
