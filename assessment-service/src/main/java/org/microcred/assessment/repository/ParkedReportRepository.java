package org.microcred.assessment.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.microcred.assessment.ParkedReport;

@ApplicationScoped
public class ParkedReportRepository implements PanacheRepositoryBase<ParkedReport, ParkedReport.Key> {

    /** The reports waiting for this version, in the order the activities occurred. */
    public Uni<List<ParkedReport>> forVersion(String tenantId, UUID achievementId, int version) {
        return list("tenantId = ?1 and achievementId = ?2 and achievementVersion = ?3",
                Sort.by("occurredAt").and("reportId"), tenantId, achievementId, version);
    }

    public Uni<ParkedReport> find(String tenantId, UUID reportId) {
        return find("tenantId = ?1 and reportId = ?2", tenantId, reportId).firstResult();
    }
}
