package org.microcred.enrolment;

/**
 * Where an award of a micro-credential with a release gate stands, as the earner's dashboard shows it while the
 * journey is AWARDED (a field of the journey, not a stage: the award stands either way, and ISSUED follows).
 */
public enum ReleaseState {
    /** "Awarded, awaiting release": a release-manager has not released it yet. */
    AWAITING_RELEASE("Wait for the institution to release your credential"),
    /** Held back by a release-manager: the earner sees it is under review (the reason only if shared). */
    UNDER_REVIEW("Wait: the institution is reviewing your award before releasing it"),
    /** Released: the credential is being issued. */
    RELEASED("Wait for your credential to be issued");

    private final String nextAction;

    ReleaseState(String nextAction) {
        this.nextAction = nextAction;
    }

    public String nextAction() {
        return nextAction;
    }
}
