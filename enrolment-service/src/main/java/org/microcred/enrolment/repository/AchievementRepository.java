package org.microcred.enrolment.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.microcred.enrolment.Achievement;

@ApplicationScoped
public class AchievementRepository implements PanacheRepositoryBase<Achievement, UUID> {

    /** The achievement if it belongs to the tenant; another tenant's is as absent as a missing one. */
    public Uni<Achievement> findInTenant(String tenantId, UUID id) {
        return find("tenantId = ?1 and id = ?2", tenantId, id).firstResult();
    }

    public Uni<List<Achievement>> listInTenant(String tenantId, boolean includeDrafts, int limit) {
        String query = includeDrafts ? "tenantId = ?1" : "tenantId = ?1 and status = 'PUBLISHED'";
        return find(query, Sort.by("createdAt", Sort.Direction.Descending), tenantId).page(0, limit).list();
    }
}
