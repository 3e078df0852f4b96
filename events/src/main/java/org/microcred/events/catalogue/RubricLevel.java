package org.microcred.events.catalogue;

/** One level of a rubric criterion, with optional {@code points} (non-negative, rising with the level). */
public record RubricLevel(String id, String name, String description,
        // Added (additive):
        Integer points) {

    public RubricLevel(String id, String name, String description) {
        this(id, name, description, null);
    }
}
