package org.microcred.enrolment;

import org.microcred.events.enrolment.EnrolmentStatus;

/** The stages of an earner's journey, as the dashboard shows them. */
public enum JourneyStage {
    WAITLISTED(0, "Wait for a place: you are on the waiting list"),
    PENDING_CONFIRMATION(1, "Wait for the institution to confirm your enrolment"),
    ENROLLED(2, "Gather your evidence and submit it"),
    SUBMITTED(3, "Wait for an assessor's judgement"),
    IN_REVIEW(4, "Wait for the assessor's feedback: your evidence is being reviewed"),
    REVISE(5, "Read the feedback, improve your evidence and resubmit"),
    DENIED(5, null),
    // The ends of a journey: ordered by position(), not by rank.
    WITHDRAWN(6, "Enrol again when you are ready"),
    EXPIRED(6, "Enrol again to continue"),
    DECLINED(6, null),
    AWARDED(7, "Wait for your credential to be issued"),
    ISSUED(8, "Share your credential"),
    SHARED(9, null);

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
     * What the earner should do next on a {@code progress} micro-credential, earned from activity
     * in the institution's learning platform rather than from submitted evidence.
     */
    public String nextAction(String benchmarkKind) {
        if ("progress".equals(benchmarkKind)) {
            if (this == ENROLLED) {
                return "Complete the activities in your learning platform";
            }
            if (this == REVISE) {
                return "Read the feedback and try the activity again in your learning platform";
            }
        }
        return nextAction;
    }

    /** The stage an enrolment status puts a journey in; null when the status is not a stage (COMPLETED). */
    public static JourneyStage of(EnrolmentStatus status) {
        return switch (status) {
            case WAITLISTED -> WAITLISTED;
            case PENDING_CONFIRMATION -> PENDING_CONFIRMATION;
            case ACTIVE -> ENROLLED;
            case WITHDRAWN -> WITHDRAWN;
            case EXPIRED -> EXPIRED;
            case DECLINED -> DECLINED;
            case COMPLETED -> null;
        };
    }

    /**
     * A total order of progress, so that events arriving in any order, or twice, leave the same
     * stage. Before a decision, later attempts come after earlier ones and within an attempt the
     * rank decides (waitlisted, pending, enrolled, submitted, in review, revise/denied). A withdrawal,
     * expiry or decline ends any of those; an award, an issued credential and a share end the journey
     * whatever came before (an award decided before a withdrawal still stands).
     */
    static long position(JourneyStage stage, int attempt) {
        if (stage.rank >= WITHDRAWN.rank) {
            return Long.MAX_VALUE - (SHARED.rank - stage.rank);
        }
        return attempt * 10L + stage.rank;
    }
}
