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
import java.util.ArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
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
 * Applies the waiting rows of award jobs, oldest job first, by {@code concurrency} workers at once, each taking
 * {@code rows-per-transaction} rows to a transaction. A worker's transaction share-locks the job ({@code FOR SHARE}: a
 * cancel, which locks it for update, waits for the open transactions and then ends the job) and takes the job's next
 * waiting rows that no other transaction holds ({@code SKIP LOCKED}); each is applied through {@link AwardRequests}
 * with the stable request id {@code job:<jobId>:<rowNo>} and becomes APPLIED with its answer, in the same transaction
 * as the awards and their outbox events. A crash at any point leaves the rows of the open transactions WAITING with
 * nothing of them written, so the next pass (of this instance after a restart, or of another) applies them once.
 * A server away ends the pass (the rows wait for the next). Any other failure rolls the batch back and its rows are
 * applied again one to a transaction, so that one bad row costs only itself: a row's problem is recorded FAILED in a
 * second transaction; any other failure is retried up to {@code max-attempts} times, then FAILED. A worker that finds
 * no row left ends the job ({@link AwardJobEnd}) in a transaction of its own that locks it exclusively, once no row
 * waits: whoever comes last, or the next pass, ends it once.
 */
@ApplicationScoped
public class AwardJobProcessor {

    private static final Logger LOG = Logger.getLogger(AwardJobProcessor.class);
    /** Unfinished jobs one pass looks at. */
    private static final int JOBS_PER_PASS = 10;
    /** A transaction's answer: a server is away, the pass ends. */
    private static final int SERVER_AWAY = -1;

    private final AwardJobs jobs;
    private final AwardJobRows rows;
    private final AwardRequests awards;
    private final AwardJobEnd end;
    private final ObjectMapper mapper;
    private final Vertx vertx;
    private final AwardJobsConfig config;
    private final SwitchablePass passes;
    /** Runs last in each row's application: a test stops the processing there as a crash would. */
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

    /** One pass settling at most {@code maxRows} rows: answers how many it settled. */
    public Uni<Integer> runOnce(int maxRows) {
        return RepeatingPass.onSafeContext(vertx, () -> pass(maxRows));
    }

    /** For tests: what runs last in each row's application (a failure there rolls its transaction back). */
    void beforeCommit(Function<AwardJobRow, Uni<Void>> step) {
        this.beforeCommit = step;
    }

    private Uni<Integer> pass(int maxRows) {
        return jobs.unfinished(JOBS_PER_PASS).chain(unfinished -> drainJobs(unfinished, 0, maxRows));
    }

    private Uni<Integer> drainJobs(List<AwardJobs.Unfinished> unfinished, int index, int left) {
        if (index >= unfinished.size() || left <= 0) {
            return Uni.createFrom().item(0);
        }
        return drain(unfinished.get(index), left).chain(done -> done < 0 ? Uni.createFrom().item(0)
                : drainJobs(unfinished, index + 1, left - done).map(more -> done + more));
    }

    /**
     * Settles up to {@code left} rows of the job with {@code concurrency} workers, each on a Vert.x context of its own
     * (its own session and transaction); answers how many, or -1 when a server was away (the pass ends).
     */
    private Uni<Integer> drain(AwardJobs.Unfinished job, int left) {
        UUID jobId = job.id();
        Budget budget = new Budget(left);
        List<Uni<Integer>> workers = new ArrayList<>();
        for (int i = 0; i < Math.max(1, config.concurrency()); i++) {
            workers.add(RepeatingPass.onSafeContext(vertx, () -> work(jobId, budget)));
        }
        Uni<Void> started = job.queued() ? markRunning(jobId) : Uni.createFrom().voidItem();
        return started.chain(() -> Uni.join().all(workers).andCollectFailures())
                .map(settled -> budget.serverAway.get() ? SERVER_AWAY
                        : settled.stream().mapToInt(Integer::intValue).sum());
    }

    /** The rows one pass may still settle, shared by its workers; and whether one of them found a server away. */
    private static final class Budget {
        private final AtomicInteger left;
        private final AtomicBoolean serverAway = new AtomicBoolean();

        Budget(int rows) {
            left = new AtomicInteger(rows);
        }

        /** Takes up to {@code wanted} rows of the budget: answers how many (0: spent, or a server is away). */
        int take(int wanted) {
            if (serverAway.get()) {
                return 0;
            }
            return Math.min(wanted, left.getAndUpdate(now -> now - Math.min(now, wanted)));
        }

        void giveBack(int rows) {
            left.addAndGet(rows);
        }
    }

    /** One worker: batches of the job until the budget is spent or no row is left for it; answers rows settled. */
    private Uni<Integer> work(UUID jobId, Budget budget) {
        int size = budget.take(config.rowsPerTransaction());
        if (size == 0) {
            return Uni.createFrom().item(0);
        }
        return processBatch(jobId, size).chain(settled -> {
            budget.giveBack(size - Math.max(settled, 0));
            if (settled == SERVER_AWAY) {
                budget.serverAway.set(true);
                return Uni.createFrom().item(0);
            }
            if (settled == 0) { // nothing left for this worker: the job may be done
                return endIfDone(jobId).replaceWith(0);
            }
            return work(jobId, budget).map(more -> settled + more);
        });
    }

    /** A job's first pass: QUEUED becomes RUNNING (skipped while another transaction holds the job). */
    private Uni<Void> markRunning(UUID jobId) {
        return Panache.withTransaction(() -> jobs.lockIfUnfinished(jobId).invoke(job -> {
                    if (job != null) {
                        job.status = AwardJob.Status.RUNNING;
                    }
                }))
                .replaceWithVoid()
                .onFailure().recoverWithItem(failure -> {
                    LOG.debugf("Award job %s: not marked running now: %s", jobId, failure.toString());
                    return null;
                });
    }

    /**
     * Up to {@code size} rows of the job in one transaction: answers how many were settled (0: none left for this
     * transaction, or the job is finished; -1: a server is away). A batch that fails otherwise is applied again row
     * by row.
     */
    private Uni<Integer> processBatch(UUID jobId, int size) {
        AtomicReference<AwardJobRow> current = new AtomicReference<>();
        AfterCommit.begin();
        return Panache.withTransaction(() -> jobs.lockSharedIfUnfinished(jobId).chain(job -> job == null
                        ? Uni.createFrom().item(0)
                        : rows.nextWaiting(jobId, size).chain(batch -> applyAll(job, batch, 0, current)
                                .replaceWith(batch.size()))))
                .invoke(AfterCommit::committed)
                .onFailure().invoke(AfterCommit::discard)
                .onFailure(Outages::isOutage).recoverWithItem(failure -> {
                    LOG.warnf("Award job %s waits for a server that is away: %s", jobId, failure.toString());
                    return SERVER_AWAY;
                })
                .onFailure().recoverWithUni(failure -> {
                    if (size > 1) {
                        LOG.debugf("Award job %s: a batch of %d rows failed (%s); applying them one by one", jobId,
                                size, failure.toString());
                        return oneByOne(jobId, size);
                    }
                    return current.get() == null ? unexpected(jobId, failure)
                            : recordFailure(jobId, current.get().rowNo, failure);
                });
    }

    private Uni<Void> applyAll(AwardJob job, List<AwardJobRow> batch, int index, AtomicReference<AwardJobRow> current) {
        if (index >= batch.size()) {
            return Uni.createFrom().voidItem();
        }
        current.set(batch.get(index));
        return apply(job, batch.get(index)).chain(() -> applyAll(job, batch, index + 1, current));
    }

    private Uni<Integer> oneByOne(UUID jobId, int left) {
        if (left <= 0) {
            return Uni.createFrom().item(0);
        }
        return processBatch(jobId, 1).chain(settled -> settled <= 0 ? Uni.createFrom().item(settled)
                : oneByOne(jobId, left - 1).map(more -> more < 0 ? settled : settled + more));
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

    /** In a transaction of its own holding the job alone: COMPLETED once no row waits (else nothing). */
    private Uni<Void> endIfDone(UUID jobId) {
        return Panache.withTransaction(() -> jobs.lockIfUnfinished(jobId).chain(job -> job == null
                        ? Uni.createFrom().voidItem()
                        : end.completeIfNoneWaits(job)))
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf("Award job %s: its end is left for the next pass: %s", jobId, failure.toString());
                    return null;
                });
    }

    /** The row's transaction rolled back; in a new one, the row fails, or waits for another attempt. */
    private Uni<Integer> recordFailure(UUID jobId, int rowNo, Throwable failure) {
        Problem problem = failure instanceof ProblemException p ? p.toProblem(AwardJobViews.statusUrl(jobId)) : null;
        return Panache.withTransaction(() -> jobs.lockSharedIfUnfinished(jobId).chain(job -> job == null
                        ? Uni.createFrom().item(0)
                        : rows.lock(jobId, rowNo).map(row -> {
                            if (row == null || row.status != AwardJobRow.Status.WAITING) {
                                return 0;
                            }
                            if (problem == null && ++row.attempts < config.maxAttempts()) {
                                LOG.warnf(failure, "Award job %s row %d: attempt %d failed; trying again", jobId,
                                        rowNo, row.attempts);
                                return 1;
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
                            return 1;
                        })))
                .onFailure().recoverWithItem(error -> {
                    // Nothing recorded: the row stays WAITING and the next pass tries it again.
                    LOG.warnf("Award job %s row %d: the failure could not be recorded: %s", jobId, rowNo,
                            error.toString());
                    return SERVER_AWAY;
                });
    }

    private static Uni<Integer> unexpected(UUID jobId, Throwable failure) {
        LOG.errorf(failure, "Award job %s: no row could be taken", jobId);
        return Uni.createFrom().item(0);
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
