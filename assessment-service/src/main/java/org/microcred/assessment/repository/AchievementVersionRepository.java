package org.microcred.assessment.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.microcred.assessment.AchievementVersion;

@ApplicationScoped
public class AchievementVersionRepository implements PanacheRepositoryBase<AchievementVersion, AchievementVersion.Key> {

    public Uni<AchievementVersion> findVersion(String tenantId, UUID achievementId, int version) {
        return find("tenantId = ?1 and achievementId = ?2 and version = ?3", tenantId, achievementId, version)
                .firstResult();
    }

    /** Every known version of these micro-credentials, for naming them in a list of tasks. */
    public Uni<List<AchievementVersion>> findAll(String tenantId, Collection<UUID> achievementIds) {
        if (achievementIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("tenantId = ?1 and achievementId in ?2", tenantId, achievementIds);
    }
}
