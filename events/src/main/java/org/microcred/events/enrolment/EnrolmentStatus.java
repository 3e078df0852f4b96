package org.microcred.events.enrolment;

/** Where an enrolment stands. Only an ACTIVE enrolment may submit evidence or earn progress. */
public enum EnrolmentStatus {
    /** Waiting for staff to confirm it. */
    PENDING_CONFIRMATION,
    /** The micro-credential or cohort is full; a place opens when someone withdraws. */
    WAITLISTED,
    /** The earner may work, submit and be assessed. */
    ACTIVE,
    /** Completed: a credential was issued. */
    COMPLETED,
    /** The earner withdrew. */
    WITHDRAWN,
    /** No activity within the inactivity period, or the time window closed. */
    EXPIRED,
    /** Staff declined it. */
    DECLINED;

    /** True for the states that end an enrolment: nothing can be submitted or decided after them. */
    public boolean isClosed() {
        return this == WITHDRAWN || this == EXPIRED || this == DECLINED;
    }
}
