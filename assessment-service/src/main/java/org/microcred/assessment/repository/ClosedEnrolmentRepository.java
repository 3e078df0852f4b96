package org.microcred.assessment.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.microcred.assessment.ClosedEnrolment;

@ApplicationScoped
public class ClosedEnrolmentRepository implements PanacheRepositoryBase<ClosedEnrolment, ClosedEnrolment.Key> {

    public Uni<Boolean> isClosed(String tenantId, UUID enrolmentId) {
        return count("tenantId = ?1 and enrolmentId = ?2", tenantId, enrolmentId).map(n -> n > 0);
    }
}
