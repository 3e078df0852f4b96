package org.microcred.enrolment.pathway.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.microcred.enrolment.governance.rest.ReviewStepView;
import org.microcred.enrolment.pathway.PathwayRule;

/**
 * One version of a pathway as the API shows it; {@code state} and {@code reviews} as for a micro-credential
 * ({@code AchievementView}).
 */
public record PathwayView(UUID id, int version, String status, String name, String description,
        String criteriaNarrative, String achievementType, String imageUrl, PathwayRule rule, Instant createdAt,
        Instant updatedAt, Instant publishedAt, Instant retiredAt, String state, String submittedBy,
        Instant submittedAt, List<ReviewStepView> reviews) {
}
