package org.microcred.submission;

/**
 * Whether an earner may work on an attempt now, given the latest attempt of the enrolment: one
 * attempt at a time, a new one only after a REVISE decision and while the micro-credential's
 * attempt limit allows, none after AWARD or DENY.
 */
public final class AttemptPolicy {

    public enum Kind {
        /** Start a new attempt, numbered {@link Next#attempt()}. */
        START,
        /** Keep working on the open draft. */
        RESUME,
        /** The latest attempt is submitted and waits for an assessor. */
        AWAITING_DECISION,
        /** The enrolment was awarded or denied: no further attempts. */
        CLOSED,
        /** Asked to revise, but every allowed attempt is used. */
        EXHAUSTED
    }

    public record Next(Kind kind, int attempt) {
    }

    private AttemptPolicy() {
    }

    /**
     * @param latest the enrolment's attempt with the highest number, or null when it has none
     * @param maxAttempts how many attempts the micro-credential allows
     */
    public static Next after(Submission latest, int maxAttempts) {
        if (latest == null) {
            return new Next(Kind.START, 1);
        }
        return switch (latest.status) {
            case DRAFT -> new Next(Kind.RESUME, latest.attempt);
            case SUBMITTED -> new Next(Kind.AWAITING_DECISION, latest.attempt);
            case REVISE_REQUESTED -> latest.attempt >= maxAttempts ? new Next(Kind.EXHAUSTED, latest.attempt)
                    : new Next(Kind.START, latest.attempt + 1);
            case AWARDED, DENIED -> new Next(Kind.CLOSED, latest.attempt);
        };
    }
}
