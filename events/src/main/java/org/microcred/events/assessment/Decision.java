package org.microcred.events.assessment;

/** The outcome of judging one attempt. */
public enum Decision {
    /** Every rubric criterion met: a credential follows. */
    AWARD,
    /** Not yet: the earner may resubmit. */
    REVISE,
    /** Final refusal. */
    DENY
}
