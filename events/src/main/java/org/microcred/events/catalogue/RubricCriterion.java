package org.microcred.events.catalogue;

import java.math.BigDecimal;
import java.util.List;

/**
 * One rubric criterion. {@code levels} are ordered from lowest to highest; a score at or above
 * {@code requiredLevelId} meets the criterion. {@code weight} (optional, positive) says how much the
 * criterion counts in a weighted total of level points; it never overrides the required level.
 */
public record RubricCriterion(String id, String name, String description, List<RubricLevel> levels,
        String requiredLevelId,
        // Added (additive):
        BigDecimal weight) {

    public RubricCriterion(String id, String name, String description, List<RubricLevel> levels,
            String requiredLevelId) {
        this(id, name, description, levels, requiredLevelId, null);
    }
}
