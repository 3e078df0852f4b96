package org.microcred.assessment.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import org.microcred.assessment.AssessmentTask;
import org.microcred.events.EventPayload;
import org.microcred.events.assessment.AssessmentAssigned;
import org.microcred.events.assessment.AssessmentDecided;
import org.microcred.assessment.metrics.DecisionMetrics;
import org.microcred.support.outbox.Outbox;

/**
 * The events of a task, added to the outbox inside the caller's transaction. Keyed (and, as the
 * event contract's samples do, subjected) by the enrolment, so one journey's events stay in order.
 */
@ApplicationScoped
public class AssessmentEvents {

    private final Outbox outbox;
    private final DecisionMetrics metrics;

    public AssessmentEvents(Outbox outbox, DecisionMetrics metrics) {
        this.outbox = outbox;
        this.metrics = metrics;
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
        metrics.decided(t.decision);
        return add(t, AssessmentDecided.builder()
                .assessmentId(t.id).submissionId(t.submissionId).enrolmentId(t.enrolmentId)
                .achievement(t.achievementId, t.achievementVersion)
                .earner(t.earnerId, t.earnerEmail, t.earnerName)
                .attempt(t.attempt).decision(t.decision)
                .scores(t.scores != null ? t.scores : List.of()).feedback(t.feedback).assessorId(t.assessorId)
                .evidence(t.artifacts != null ? t.artifacts : List.of())
                .decidedAt(t.decidedAt).enrolledAt(t.enrolledAt).submittedAt(t.submittedAt)
                .links(t.links != null ? t.links : List.of()).basis(t.basis).score(t.score)
                .secondAssessorId(secondMarked ? t.secondMarker : null).markersAgreed(t.markersAgreed)
                .build());
    }

    private Uni<Void> add(AssessmentTask t, EventPayload payload) {
        String enrolment = t.enrolmentId.toString();
        return outbox.add(t.tenantId, enrolment, enrolment, payload).replaceWithVoid();
    }
}
