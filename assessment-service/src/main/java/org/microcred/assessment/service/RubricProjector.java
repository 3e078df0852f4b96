package org.microcred.assessment.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.microcred.assessment.AchievementRubric;
import org.microcred.assessment.DecisionRule;
import org.microcred.assessment.repository.AchievementRubricRepository;
import org.microcred.events.EventEnvelope;
import org.microcred.events.EventPayload;
import org.microcred.events.MalformedEventException;
import org.microcred.events.catalogue.AchievementPublished;

/**
 * Keeps the rubric of every published micro-credential version, from the catalogue topic. Runs
 * inside the consumer's transaction; a replayed event writes the same row again.
 */
@ApplicationScoped
public class RubricProjector {

    private final AchievementRubricRepository rubrics;

    public RubricProjector(AchievementRubricRepository rubrics) {
        this.rubrics = rubrics;
    }

    public Uni<Void> apply(EventEnvelope<EventPayload> event) {
        if (!(event.payload() instanceof AchievementPublished published)) {
            return Uni.createFrom().voidItem();
        }
        if (published.achievementId() == null || !DecisionRule.isJudgeable(published.rubric())) {
            // Deciding against it would be impossible or wrong: set it aside, visibly, in the DLQ.
            throw new MalformedEventException("catalogue.achievement.published " + published.achievementId()
                    + " has no judgeable rubric");
        }
        return rubrics.findVersion(event.tenantId(), published.achievementId(), published.version())
                .chain(existing -> {
                    AchievementRubric row = existing != null ? existing : new AchievementRubric();
                    row.tenantId = event.tenantId();
                    row.achievementId = published.achievementId();
                    row.version = published.version();
                    row.name = published.name() != null ? published.name() : "";
                    row.rubric = published.rubric();
                    row.publishedAt = published.publishedAt();
                    row.receivedAt = Instant.now();
                    return existing != null ? Uni.createFrom().voidItem() : rubrics.persist(row).replaceWithVoid();
                });
    }
}
