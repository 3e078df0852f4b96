package org.microcred.events.catalogue;

/** The kinds of versioned definition a review event ({@link VersionSubmitted} and the others) is about. */
public final class VersionReview {

    public static final String ACHIEVEMENT = "achievement";
    public static final String PATHWAY = "pathway";

    private VersionReview() {
    }
}
