package org.microcred.issuance.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.microcred.events.assessment.AssessmentDecided;
import org.microcred.issuance.PendingAward;

@ApplicationScoped
public class PendingAwardRepository implements PanacheRepositoryBase<PendingAward, Long> {

    public Uni<Boolean> isPending(String tenantId, AssessmentDecided award) {
        return count("tenantId = :tenant and earnerId = :earner and achievementId = :achievement"
                        + " and achievementVersion = :version and assessmentId = :assessment",
                Parameters.with("tenant", tenantId).and("earner", award.earnerId())
                        .and("achievement", award.achievementId()).and("version", award.achievementVersion())
                        .and("assessment", award.assessmentId()))
                .map(count -> count > 0);
    }

    /** The awards waiting for this achievement version, oldest first. */
    public Uni<List<PendingAward>> waitingFor(String tenantId, UUID achievementId, int version) {
        return list("tenantId = ?1 and achievementId = ?2 and achievementVersion = ?3",
                Sort.by("receivedAt").and("id"), tenantId, achievementId, version);
    }
}
