package org.microcred.assessment.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.jboss.logging.Logger;
import org.microcred.assessment.ClosedEnrolment;
import org.microcred.assessment.repository.AssessmentTaskRepository;
import org.microcred.assessment.repository.ClosedEnrolmentRepository;
import org.microcred.events.EventEnvelope;
import org.microcred.events.EventPayload;
import org.microcred.events.MalformedEventException;
import org.microcred.events.enrolment.EnrolmentStatusChanged;
import org.microcred.support.persistence.AdvisoryLocks;

/**
 * An enrolment that ends (withdrawn, expired, declined) stops its assessment: open tasks become
 * WITHDRAWN, and later submissions and LMS reports of it are not assessed. The ending is kept, since
 * it may arrive before the submission it stops. A closed enrolment never reopens (re-enrolling makes
 * a new one), so a later non-closing status changes nothing here. Runs inside the consumer's transaction.
 */
@ApplicationScoped
public class EnrolmentClosures {

    private static final Logger LOG = Logger.getLogger(EnrolmentClosures.class);

    private final ClosedEnrolmentRepository closed;
    private final AssessmentTaskRepository tasks;
    private final AdvisoryLocks locks;

    public EnrolmentClosures(ClosedEnrolmentRepository closed, AssessmentTaskRepository tasks, AdvisoryLocks locks) {
        this.closed = closed;
        this.tasks = tasks;
        this.locks = locks;
    }

    public Uni<Void> apply(EventEnvelope<EventPayload> event) {
        if (!(event.payload() instanceof EnrolmentStatusChanged changed)) {
            return Uni.createFrom().voidItem();
        }
        if (changed.enrolmentId() == null || changed.status() == null) {
            throw new MalformedEventException("enrolment.status.changed lacks enrolmentId or status");
        }
        if (!changed.status().isClosed()) {
            return Uni.createFrom().voidItem();
        }
        String tenantId = event.tenantId();
        return locks.lock("enrolment", tenantId, changed.enrolmentId().toString())
                .chain(() -> closed.isClosed(tenantId, changed.enrolmentId()))
                .chain(already -> already ? Uni.createFrom().voidItem() : closed.persist(row(tenantId, changed, event))
                        .replaceWithVoid())
                .chain(() -> tasks.withdrawOpen(tenantId, changed.enrolmentId()))
                .invoke(count -> LOG.debugf("Enrolment %s %s: %d open assessments withdrawn", changed.enrolmentId(),
                        changed.status(), count))
                .replaceWithVoid();
    }

    private static ClosedEnrolment row(String tenantId, EnrolmentStatusChanged changed,
            EventEnvelope<EventPayload> event) {
        ClosedEnrolment row = new ClosedEnrolment();
        row.tenantId = tenantId;
        row.enrolmentId = changed.enrolmentId();
        row.earnerId = changed.earnerId();
        row.status = changed.status().name();
        row.closedAt = changed.changedAt() != null ? changed.changedAt() : event.occurredAt();
        row.receivedAt = Instant.now();
        return row;
    }
}
