package org.microcred.events.catalogue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.microcred.events.EventPayload;

/**
 * The full state of one published version of a micro-credential definition. The catalogue topic
 * is compacted on {@code <achievement id>:<version>}, so every published version's state is kept.
 * {@code validityDays} is how long a credential for it stays valid (null: it does not expire).
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
        Instant publishedAt,
        // Added in schema version 1 (additive; null or empty from older producers):
        List<Alignment> alignments,
        java.math.BigDecimal creditsAvailable,
        String fieldOfStudy,
        String humanCode,
        List<String> tags,
        String imageUrl,
        String inLanguage,
        String level,
        Integer sizeHours,
        Integer validityDays) implements EventPayload {
}
