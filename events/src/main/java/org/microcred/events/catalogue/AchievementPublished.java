package org.microcred.events.catalogue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.microcred.events.EventPayload;

/**
 * The full state of one published version of a micro-credential definition. The catalogue topic
 * is compacted on the achievement id, so the latest version is what a new consumer sees.
 */
public record AchievementPublished(
        UUID achievementId,
        int version,
        String name,
        String description,
        String competencyStatement,
        String criteriaNarrative,
        String achievementType,
        List<EvidencePrompt> evidencePrompts,
        Rubric rubric,
        Instant publishedAt) implements EventPayload {
}
