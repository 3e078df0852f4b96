package org.microcred.enrolment.pathway;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;

/**
 * A pathway's rule tree. A node is a group ({@code kind} {@code allOf}, or {@code atLeast} with
 * {@code min}, over {@code items}), or a leaf naming one micro-credential ({@code achievementId})
 * or one other pathway ({@code pathwayId}), which counts once the earner completed it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PathwayRule(String kind, Integer min, List<PathwayRule> items, UUID achievementId, UUID pathwayId) {

    public static final String ALL_OF = "allOf";
    public static final String AT_LEAST = "atLeast";

    public static PathwayRule allOf(List<PathwayRule> items) {
        return new PathwayRule(ALL_OF, null, items, null, null);
    }

    public static PathwayRule atLeast(int min, List<PathwayRule> items) {
        return new PathwayRule(AT_LEAST, min, items, null, null);
    }

    public static PathwayRule achievement(UUID id) {
        return new PathwayRule(null, null, null, id, null);
    }

    public static PathwayRule pathway(UUID id) {
        return new PathwayRule(null, null, null, null, id);
    }

    @JsonIgnore
    public boolean isGroup() {
        return kind != null;
    }

    /** How many satisfied items satisfy this group: all of them, or {@code min}. */
    @JsonIgnore
    public int required() {
        return AT_LEAST.equals(kind) && min != null ? min : items == null ? 0 : items.size();
    }
}
