package org.microcred.events.catalogue;

import java.util.List;

/**
 * One rubric criterion. {@code levels} are ordered from lowest to highest; a score at or above
 * {@code requiredLevelId} meets the criterion.
 */
public record RubricCriterion(String id, String name, String description, List<RubricLevel> levels,
        String requiredLevelId) {
}
