package org.microcred.enrolment.pathway.rest;

import java.time.Instant;
import java.util.UUID;
import org.microcred.enrolment.pathway.PathwayRule;

/** One version of a pathway as the API shows it. */
public record PathwayView(UUID id, int version, String status, String name, String description,
        String criteriaNarrative, String achievementType, String imageUrl, PathwayRule rule, Instant createdAt,
        Instant updatedAt, Instant publishedAt, Instant retiredAt) {
}
