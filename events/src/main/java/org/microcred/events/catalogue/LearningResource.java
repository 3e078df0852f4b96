package org.microcred.events.catalogue;

/** A link to material that helps the earner learn the skill. */
public record LearningResource(String title, String url) {
}
