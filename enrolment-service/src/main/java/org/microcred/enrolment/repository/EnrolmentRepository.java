package org.microcred.enrolment.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.microcred.enrolment.Enrolment;

@ApplicationScoped
public class EnrolmentRepository implements PanacheRepositoryBase<Enrolment, UUID> {

    public Uni<Enrolment> findByEarner(String tenantId, String earnerId, UUID achievementId) {
        return find("tenantId = ?1 and earnerId = ?2 and achievementId = ?3", tenantId, earnerId, achievementId)
                .firstResult();
    }
}
