package org.microcred.events.catalogue;

/** One level of a rubric criterion. */
public record RubricLevel(String id, String name, String description) {
}
