package org.microcred.enrolment.bulk.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import org.microcred.enrolment.bulk.AwardJob;
import org.microcred.enrolment.bulk.AwardJobRow;
import org.microcred.enrolment.bulk.repository.AwardJobRows;
import org.microcred.events.enrolment.AwardJobFinished;
import org.microcred.support.outbox.Outbox;

/**
 * The end of a job, in the transaction that settles its last row or cancels it: the job's final status and
 * {@code enrolment.award-job.finished} with its rows' counts, to the outbox. The caller holds the job's lock.
 */
@ApplicationScoped
public class AwardJobEnd {

    private final AwardJobRows rows;
    private final Outbox outbox;

    public AwardJobEnd(AwardJobRows rows, Outbox outbox) {
        this.rows = rows;
        this.outbox = outbox;
    }

    /**
     * The processor found no row left for it: COMPLETED when no row waits any more (rows other transactions hold are
     * still waiting), else it stays RUNNING. The caller holds the job alone.
     */
    public Uni<Void> completeIfNoneWaits(AwardJob job) {
        job.status = AwardJob.Status.RUNNING;
        return Panache.getSession().chain(session -> session.flush())
                .chain(() -> rows.anyWaiting(job.id))
                .chain(waiting -> waiting ? Uni.createFrom().voidItem() : finish(job, AwardJob.Status.COMPLETED));
    }

    public Uni<Void> finish(AwardJob job, AwardJob.Status status) {
        job.status = status;
        job.finishedAt = Instant.now();
        return Panache.getSession().chain(session -> session.flush())
                .chain(() -> rows.counts(job.id))
                .chain(counts -> outbox.add(job.tenantId, job.id.toString(), job.id.toString(),
                        new AwardJobFinished(job.id, status.name(), job.rowCount,
                                count(counts, AwardJobRow.Status.APPLIED), count(counts, AwardJobRow.Status.FAILED),
                                count(counts, AwardJobRow.Status.REJECTED), count(counts, AwardJobRow.Status.CANCELLED),
                                job.submittedBy, job.submittedAt, job.finishedAt)))
                .replaceWithVoid();
    }

    private static int count(Map<AwardJobRow.Status, Long> counts, AwardJobRow.Status status) {
        return counts.getOrDefault(status, 0L).intValue();
    }
}
