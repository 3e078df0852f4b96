package org.microcred.submission.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.microcred.submission.AchievementPrompts;
import org.microcred.submission.Enrolment;

@ApplicationScoped
public class AchievementPromptsRepository implements PanacheRepositoryBase<AchievementPrompts, AchievementPrompts.Key> {

    /** The prompts of the version the earner enrolled in, or null while its event is on its way. */
    public Uni<AchievementPrompts> forEnrolment(Enrolment enrolment) {
        return find("tenantId = ?1 and achievementId = ?2 and version = ?3",
                enrolment.tenantId, enrolment.achievementId, enrolment.achievementVersion).firstResult();
    }

    public Uni<AchievementPrompts> findVersion(UUID achievementId, int version) {
        return findById(new AchievementPrompts.Key(achievementId, version));
    }
}
