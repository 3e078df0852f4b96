package org.microcred.enrolment;

/** The stages of an earner's journey, as the dashboard shows them. */
public enum JourneyStage {
    ENROLLED(0, "Gather your evidence and submit it"),
    SUBMITTED(1, "Wait for an assessor's judgement"),
    REVISE(2, "Read the feedback, improve your evidence and resubmit"),
    DENIED(2, null),
    AWARDED(2, "Wait for your credential to be issued"),
    ISSUED(3, "Share your credential"),
    SHARED(4, null);

    private final int rank;
    private final String nextAction;

    JourneyStage(int rank, String nextAction) {
        this.rank = rank;
        this.nextAction = nextAction;
    }

    /** What the earner should do next, or null when nothing is asked of them. */
    public String nextAction() {
        return nextAction;
    }

    /**
     * A total order of progress: later attempts come after earlier ones, and within an attempt the
     * stage's rank decides. Issuing and sharing end the journey, whatever the attempt.
     */
    static long position(JourneyStage stage, int attempt) {
        if (stage.rank >= ISSUED.rank) {
            return Long.MAX_VALUE - (SHARED.rank - stage.rank);
        }
        return attempt * 10L + stage.rank;
    }
}
