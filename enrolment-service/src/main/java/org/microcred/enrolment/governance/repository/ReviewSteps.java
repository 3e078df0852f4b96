package org.microcred.enrolment.governance.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.microcred.enrolment.governance.ReviewStep;

/** The review history of versions; every read is scoped by tenant. */
@ApplicationScoped
public class ReviewSteps implements PanacheRepositoryBase<ReviewStep, UUID> {

    /** One version's steps, oldest first. */
    public Uni<List<ReviewStep>> of(String tenantId, String kind, UUID definitionId, int version) {
        return find("tenantId = ?1 and kind = ?2 and definitionId = ?3 and version = ?4",
                Sort.by("occurredAt").and("id"), tenantId, kind, definitionId, version).list();
    }
}
