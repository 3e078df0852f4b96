package org.microcred.submission.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.microcred.events.EventEnvelope;
import org.microcred.events.EventPayload;
import org.microcred.events.assessment.AssessmentAssigned;
import org.microcred.submission.Assignment;
import org.microcred.submission.repository.AssignmentRepository;

/**
 * Keeps, per assessment and role, the assessor named by the {@code assessment.assigned} with the
 * highest sequence: a late or redelivered older event changes nothing, and a release (no assessor)
 * takes the attempt's evidence away from the one who held it. The attempt need not be known here
 * yet; the row is kept by submission id either way.
 */
@ApplicationScoped
public class AssignmentProjector {

    private final AssignmentRepository assignments;

    public AssignmentProjector(AssignmentRepository assignments) {
        this.assignments = assignments;
    }

    public Uni<Void> apply(EventEnvelope<EventPayload> event) {
        if (!(event.payload() instanceof AssessmentAssigned assigned) || assigned.submissionId() == null
                || assigned.role() == null) {
            return Uni.createFrom().voidItem();
        }
        return assignments.findById(new Assignment.Key(assigned.assessmentId(), assigned.role())).chain(existing -> {
            if (existing == null) {
                Assignment row = new Assignment();
                row.assessmentId = assigned.assessmentId();
                row.role = assigned.role();
                row.tenantId = event.tenantId();
                copy(assigned, row);
                return assignments.persist(row).replaceWithVoid();
            }
            if (!ReadModels.warnIfOtherTenant(existing.tenantId, event.tenantId(), "Assessment", assigned.assessmentId())
                    && assigned.sequence() > existing.sequence) {
                copy(assigned, existing);
            }
            return Uni.createFrom().voidItem();
        });
    }

    private static void copy(AssessmentAssigned assigned, Assignment row) {
        row.submissionId = assigned.submissionId();
        row.enrolmentId = assigned.enrolmentId();
        row.attempt = assigned.attempt();
        row.assessorId = assigned.assessorId();
        row.sequence = assigned.sequence();
        row.assignedAt = assigned.assignedAt();
    }
}
