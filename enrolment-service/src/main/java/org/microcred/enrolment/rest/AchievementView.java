package org.microcred.enrolment.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.microcred.events.catalogue.Alignment;
import org.microcred.events.catalogue.EvidencePrompt;
import org.microcred.events.catalogue.Rubric;

/** A micro-credential definition as the API shows it. */
public record AchievementView(
        UUID id,
        int version,
        String status,
        String name,
        String description,
        String competencyStatement,
        String criteriaNarrative,
        String achievementType,
        List<EvidencePrompt> evidencePrompts,
        Rubric rubric,
        Instant createdAt,
        Instant publishedAt,
        List<Alignment> alignments,
        BigDecimal creditsAvailable,
        String fieldOfStudy,
        String humanCode,
        List<String> tags,
        String imageUrl,
        String inLanguage,
        String level,
        Integer sizeHours,
        Integer validityDays) {
}
