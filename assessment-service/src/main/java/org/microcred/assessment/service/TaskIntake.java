package org.microcred.assessment.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.microcred.assessment.AssessmentTask;
import org.microcred.assessment.repository.AssessmentTaskRepository;
import org.microcred.assessment.repository.ClosedEnrolmentRepository;
import org.microcred.events.EventEnvelope;
import org.microcred.events.EventPayload;
import org.microcred.events.MalformedEventException;
import org.microcred.events.submission.SubmissionSubmitted;
import org.microcred.support.persistence.AdvisoryLocks;

/**
 * Turns each submitted attempt into a pending assessment task. Runs inside the consumer's
 * transaction. The rubric need not be known yet: it is looked up when the assessor decides. An
 * attempt of an enrolment that already ended is kept, but WITHDRAWN: the status change may
 * overtake the submission on its way here.
 */
@ApplicationScoped
public class TaskIntake {

    private static final Logger LOG = Logger.getLogger(TaskIntake.class);

    private final AssessmentTaskRepository tasks;
    private final ClosedEnrolmentRepository closed;
    private final AdvisoryLocks locks;

    public TaskIntake(AssessmentTaskRepository tasks, ClosedEnrolmentRepository closed, AdvisoryLocks locks) {
        this.tasks = tasks;
        this.closed = closed;
        this.locks = locks;
    }

    public Uni<Void> apply(EventEnvelope<EventPayload> event) {
        if (!(event.payload() instanceof SubmissionSubmitted submitted)) {
            return Uni.createFrom().voidItem();
        }
        requireComplete(submitted);
        return locks.lock("enrolment", event.tenantId(), submitted.enrolmentId().toString())
                .chain(() -> tasks.findByAttempt(submitted.submissionId(), submitted.attempt()))
                .chain(existing -> {
                    if (existing != null) {
                        // The same attempt under another event id (a producer's retry): one task is enough.
                        LOG.debugf("Attempt %d of submission %s already has task %s", submitted.attempt(),
                                submitted.submissionId(), existing.id);
                        return Uni.createFrom().voidItem();
                    }
                    return closed.isClosed(event.tenantId(), submitted.enrolmentId())
                            .chain(ended -> tasks.persist(toTask(event, submitted, ended)).replaceWithVoid());
                });
    }

    /** A task without these could never be decided or announced: the event goes to the DLQ. */
    private static void requireComplete(SubmissionSubmitted s) {
        if (s.submissionId() == null || s.enrolmentId() == null || s.achievementId() == null
                || s.earnerId() == null || s.earnerId().isBlank() || s.attempt() < 1) {
            throw new MalformedEventException("submission.submitted lacks submissionId, enrolmentId, "
                    + "achievementId, earnerId or a positive attempt");
        }
    }

    private static AssessmentTask toTask(EventEnvelope<EventPayload> event, SubmissionSubmitted s, boolean ended) {
        AssessmentTask task = new AssessmentTask();
        task.id = UUID.randomUUID();
        task.tenantId = event.tenantId();
        task.basis = AssessmentTask.RUBRIC;
        task.submissionId = s.submissionId();
        task.enrolmentId = s.enrolmentId();
        task.achievementId = s.achievementId();
        task.achievementVersion = s.achievementVersion();
        task.earnerId = s.earnerId();
        task.earnerEmail = s.earnerEmail();
        task.earnerName = s.earnerName();
        task.attempt = s.attempt();
        task.answers = s.answers() != null ? s.answers() : List.of();
        task.artifacts = s.artifacts() != null ? s.artifacts() : List.of();
        task.links = s.links() != null ? s.links() : List.of();
        task.submittedAt = s.submittedAt() != null ? s.submittedAt() : event.occurredAt();
        task.enrolledAt = s.enrolledAt();
        task.createdAt = Instant.now();
        task.status = ended ? AssessmentTask.Status.WITHDRAWN : AssessmentTask.Status.PENDING;
        return task;
    }
}
