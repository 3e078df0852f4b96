package org.microcred.events.catalogue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.microcred.events.EventPayload;

/**
 * The full state of one published version of a micro-credential definition. The catalogue topic
 * is compacted on {@code <achievement id>:<version>}, so every published version's state is kept.
 * {@code validityDays} is how long a credential for it stays valid (null: it does not expire).
 * {@code benchmarkKind} is {@code performance} (an assessor judges evidence against the rubric) or
 * {@code progress} (earned from LMS activity by {@code progressRule}); null means performance.
 * {@code releaseGate}: awards of this version wait for a release-manager's release before issuance signs them
 * (null or false: they are issued at once).
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
        BigDecimal creditsAvailable,
        String fieldOfStudy,
        String humanCode,
        List<String> tags,
        String imageUrl,
        String inLanguage,
        String level,
        Integer sizeHours,
        Integer validityDays,
        // Added for assessment and progress (additive; null from older producers):
        String benchmarkKind,
        ProgressRule progressRule,
        Integer feedbackTargetDays,
        Integer maxAttempts,
        SecondMarking secondMarking,
        String deliveryMode,
        List<LearningResource> learningResources,
        // Added for the release gate (additive; null from older producers: no gate):
        Boolean releaseGate) implements EventPayload {

    public static final String PERFORMANCE = "performance";
    public static final String PROGRESS = "progress";

    /** The first schema's fields; the later ones are null. */
    public AchievementPublished(UUID achievementId, int version, String name, String description,
            String competencyStatement, String criteriaNarrative, String achievementType,
            List<EvidencePrompt> evidencePrompts, Rubric rubric, Instant publishedAt, List<Alignment> alignments,
            BigDecimal creditsAvailable, String fieldOfStudy, String humanCode, List<String> tags, String imageUrl,
            String inLanguage, String level, Integer sizeHours, Integer validityDays) {
        this(achievementId, version, name, description, competencyStatement, criteriaNarrative, achievementType,
                evidencePrompts, rubric, publishedAt, alignments, creditsAvailable, fieldOfStudy, humanCode, tags,
                imageUrl, inLanguage, level, sizeHours, validityDays, null, null, null, null, null, null, null, null);
    }

    /** The fields before the release gate; {@code releaseGate} is null (no gate). */
    public AchievementPublished(UUID achievementId, int version, String name, String description,
            String competencyStatement, String criteriaNarrative, String achievementType,
            List<EvidencePrompt> evidencePrompts, Rubric rubric, Instant publishedAt, List<Alignment> alignments,
            BigDecimal creditsAvailable, String fieldOfStudy, String humanCode, List<String> tags, String imageUrl,
            String inLanguage, String level, Integer sizeHours, Integer validityDays, String benchmarkKind,
            ProgressRule progressRule, Integer feedbackTargetDays, Integer maxAttempts, SecondMarking secondMarking,
            String deliveryMode, List<LearningResource> learningResources) {
        this(achievementId, version, name, description, competencyStatement, criteriaNarrative, achievementType,
                evidencePrompts, rubric, publishedAt, alignments, creditsAvailable, fieldOfStudy, humanCode, tags,
                imageUrl, inLanguage, level, sizeHours, validityDays, benchmarkKind, progressRule, feedbackTargetDays,
                maxAttempts, secondMarking, deliveryMode, learningResources, null);
    }

    /** True when awards of this version wait for a release-manager before they are issued. */
    public boolean gated() {
        return Boolean.TRUE.equals(releaseGate);
    }

    /** True when an assessor judges this version; false when LMS progress earns it. */
    public boolean judgedByAssessor() {
        return !PROGRESS.equals(benchmarkKind);
    }
}
