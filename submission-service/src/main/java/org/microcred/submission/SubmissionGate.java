package org.microcred.submission;

import org.microcred.support.problem.ProblemException;

/**
 * Whether evidence may change now: only an ACTIVE enrolment may open a draft, add or remove
 * evidence, or submit, and a {@code progress} micro-credential takes no submissions at all. Reading
 * is never gated: a withdrawal keeps everything already given.
 */
public final class SubmissionGate {

    private SubmissionGate() {
    }

    /** @param prompts the version's read model; null while its event is on its way (checked elsewhere) */
    public static void requireOpen(Enrolment enrolment, AchievementPrompts prompts) {
        if (prompts != null && !prompts.takesSubmissions()) {
            throw ProblemException.conflict("no-submissions",
                    "This micro-credential is earned from learning progress reported by the LMS; it takes no submissions");
        }
        if (!enrolment.isActive()) {
            throw ProblemException.conflict("enrolment-not-active", "Enrolment " + enrolment.id + " is "
                    + enrolment.status + "; only an ACTIVE enrolment may open a draft, change evidence or submit");
        }
    }
}
