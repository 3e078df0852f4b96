package org.microcred.assessment.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import org.microcred.assessment.AssessmentTask;
import org.microcred.events.EventPayload;
import org.microcred.events.assessment.AssessmentAssigned;
import org.microcred.events.assessment.AssessmentDecided;
import org.microcred.support.outbox.Outbox;

/**
 * The events of a task, added to the outbox inside the caller's transaction. Keyed (and, as the
 * event contract's samples do, subjected) by the enrolment, so one journey's events stay in order.
 */
@ApplicationScoped
public class AssessmentEvents {

    private final Outbox outbox;

    public AssessmentEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** The assignment of {@code role} changed: {@code assessorId} null means released. */
    public Uni<Void> assigned(AssessmentTask t, String role, String assessorId) {
        long sequence = t.nextAssignmentSequence();
        return add(t, new AssessmentAssigned(t.id, t.submissionId, t.enrolmentId, t.achievementId,
                t.achievementVersion, t.earnerId, t.attempt, role, assessorId, sequence, Instant.now()));
    }

    /** The task's final decision. Only final decisions are published. */
    public Uni<Void> decided(AssessmentTask t) {
        boolean secondMarked = t.markersAgreed != null;
        return add(t, new AssessmentDecided(t.id, t.submissionId, t.enrolmentId, t.achievementId,
                t.achievementVersion, t.earnerId, t.earnerEmail, t.earnerName, t.attempt, t.decision,
                t.scores != null ? t.scores : List.of(), t.feedback, t.assessorId,
                t.artifacts != null ? t.artifacts : List.of(), t.decidedAt, t.enrolledAt, t.submittedAt,
                t.links != null ? t.links : List.of(), t.basis, t.score, secondMarked ? t.secondMarker : null,
                t.markersAgreed));
    }

    private Uni<Void> add(AssessmentTask t, EventPayload payload) {
        String enrolment = t.enrolmentId.toString();
        return outbox.add(t.tenantId, enrolment, enrolment, payload).replaceWithVoid();
    }
}
