package org.microcred.submission.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.microcred.submission.Assignment;

@ApplicationScoped
public class AssignmentRepository implements PanacheRepositoryBase<Assignment, Assignment.Key> {

    /** Whether the assessor currently holds an assessment of that attempt, as first or second marker. */
    public Uni<Boolean> isAssigned(String tenantId, UUID submissionId, String assessorId) {
        return count("tenantId = ?1 and submissionId = ?2 and assessorId = ?3 and role in ('first', 'second')",
                tenantId, submissionId, assessorId).map(n -> n > 0);
    }
}
