package org.microcred.submission.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.microcred.events.EventEnvelope;
import org.microcred.events.EventPayload;
import org.microcred.events.catalogue.AchievementPublished;
import org.microcred.submission.AchievementPrompts;
import org.microcred.submission.repository.AchievementPromptsRepository;

/**
 * Keeps the local copy of each published achievement version: its evidence prompts (with kind,
 * allowed media types and counts), its benchmark kind and its attempt limit. A published version
 * is immutable, so it is written once; a replay (or the compacted topic read again) leaves it as
 * it is. It does not wait for enrolments, nor they for it.
 */
@ApplicationScoped
public class CatalogueProjector {

    private final AchievementPromptsRepository prompts;

    public CatalogueProjector(AchievementPromptsRepository prompts) {
        this.prompts = prompts;
    }

    public Uni<Void> apply(EventEnvelope<EventPayload> event) {
        if (!(event.payload() instanceof AchievementPublished published)) {
            return Uni.createFrom().voidItem(); // other events of the topic are not ours to follow
        }
        return prompts.findVersion(published.achievementId(), published.version()).chain(existing -> {
            if (existing != null) {
                ReadModels.warnIfOtherTenant(existing.tenantId, event.tenantId(), "Achievement", published.achievementId());
                return Uni.createFrom().voidItem();
            }
            AchievementPrompts row = new AchievementPrompts();
            row.achievementId = published.achievementId();
            row.version = published.version();
            row.tenantId = event.tenantId();
            row.evidencePrompts = published.evidencePrompts() == null ? List.of() : published.evidencePrompts();
            row.publishedAt = published.publishedAt();
            row.benchmarkKind = published.benchmarkKind();
            row.maxAttempts = published.maxAttempts();
            return prompts.persist(row).replaceWithVoid();
        });
    }
}
