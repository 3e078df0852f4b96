package org.microcred.submission;

/** Where one attempt stands. Only a draft changes; the others wait for, or carry, a decision. */
public enum SubmissionStatus {
    DRAFT,
    SUBMITTED,
    /** Judged "not yet": the earner may start the next attempt. */
    REVISE_REQUESTED,
    AWARDED,
    DENIED;

    /** Whether this attempt's enrolment may take no further attempts. */
    public boolean closesEnrolment() {
        return this == AWARDED || this == DENIED;
    }
}
