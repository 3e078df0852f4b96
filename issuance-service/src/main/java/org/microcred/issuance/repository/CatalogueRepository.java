package org.microcred.issuance.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.microcred.issuance.CatalogueAchievement;

@ApplicationScoped
public class CatalogueRepository implements PanacheRepositoryBase<CatalogueAchievement, Long> {

    /** The published version, or null when its catalogue event has not arrived (yet). */
    public Uni<CatalogueAchievement> findVersion(String tenantId, UUID achievementId, int version) {
        return find("tenantId = ?1 and achievementId = ?2 and version = ?3", tenantId, achievementId, version)
                .firstResult();
    }
}
