package org.microcred.issuance;

/** Where an award of a gated micro-credential stands. */
public enum ReleaseState {
    /** Awarded; waits for a release-manager. */
    AWAITING_RELEASE,
    /** Held back by a release-manager, with a reason; can be released later. */
    HELD,
    /** Released: its credential is issued. Final. */
    RELEASED
}
