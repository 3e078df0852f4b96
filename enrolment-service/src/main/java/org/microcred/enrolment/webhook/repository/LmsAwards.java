package org.microcred.enrolment.webhook.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.microcred.enrolment.webhook.LmsAward;

@ApplicationScoped
public class LmsAwards implements PanacheRepositoryBase<LmsAward, UUID> {

    /** The award already asked for this learner and version, or null. */
    public Uni<LmsAward> find(String tenantId, String earnerId, UUID achievementId, int version) {
        return find("tenantId = ?1 and earnerId = ?2 and achievementId = ?3 and achievementVersion = ?4",
                tenantId, earnerId, achievementId, version).firstResult();
    }
}
