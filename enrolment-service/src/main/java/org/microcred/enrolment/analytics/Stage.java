package org.microcred.enrolment.analytics;

/**
 * The stages of an enrolment the analytics record, each the column of {@code analytics_enrolment} that holds the
 * earliest time an event of that stage was seen (docs/analytics.md says which event each one is).
 */
public enum Stage {
    ENROLLED("enrolled_at"),
    STARTED("started_at"),
    SUBMITTED("submitted_at"),
    IN_REVIEW("in_review_at"),
    REVISE("revise_at"),
    AWARDED("awarded_at"),
    DENIED("denied_at"),
    ISSUED("issued_at"),
    SHARED("shared_at"),
    WITHDRAWN("withdrawn_at"),
    EXPIRED("expired_at");

    private final String column;

    Stage(String column) {
        this.column = column;
    }

    /** The column: a constant of this enum, never input, so it may be written into SQL. */
    public String column() {
        return column;
    }
}
