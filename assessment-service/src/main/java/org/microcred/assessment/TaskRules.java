package org.microcred.assessment;

import org.microcred.assessment.AssessmentTask.Status;
import org.microcred.support.problem.ProblemException;

/**
 * Who may claim, release, be assigned and decide a task, in which state. Each change answers the
 * role whose assignment changed ({@link Judgement#FIRST} or {@link Judgement#SECOND}), or null when
 * the call changed nothing (the same claim or assignment again), so no event is due.
 */
public final class TaskRules {

    private TaskRules() {
    }

    /** An assessor takes the task: its first judgement, or the second one of an award awaiting it. */
    public static String claim(AssessmentTask task, String caller) {
        refuseSelfAssessment(task, caller);
        refuseIfClosed(task);
        switch (task.status) {
            case PENDING -> {
                task.assignedTo = caller;
                task.status = Status.IN_REVIEW;
                return Judgement.FIRST;
            }
            case AWAITING_SECOND_MARK -> {
                if (caller.equals(task.assignedTo)) {
                    throw new ProblemException(403, "second-marker-must-differ", "Second marker must differ",
                            "You marked this attempt first; another assessor must second-mark it");
                }
                task.secondMarker = caller;
                task.status = Status.SECOND_REVIEW;
                return Judgement.SECOND;
            }
            default -> {
                if (caller.equals(task.holder())) {
                    return null;
                }
                throw ProblemException.conflict("claimed-by-another", "Another assessor holds this assessment");
            }
        }
    }

    /** The holder (or an issuer-admin) gives the current step back to the queue. */
    public static String release(AssessmentTask task, String caller, boolean issuerAdmin) {
        refuseIfClosed(task);
        String holder = task.holder();
        if (holder == null) {
            throw ProblemException.conflict("not-claimed", "Nobody holds this assessment (status " + task.status + ")");
        }
        if (!issuerAdmin && !holder.equals(caller)) {
            throw new ProblemException(403, "not-holder", "Not the holder",
                    "Only the assessor holding this assessment, or an issuer-admin, may release it");
        }
        if (task.status == Status.SECOND_REVIEW) {
            task.secondMarker = null;
            task.status = Status.AWAITING_SECOND_MARK;
            return Judgement.SECOND;
        }
        task.assignedTo = null;
        task.status = Status.PENDING;
        return Judgement.FIRST;
    }

    /**
     * An issuer-admin gives the current step to an assessor, taking it from whoever held it. The
     * assessor's role cannot be checked here (that needs Keycloak's admin API): any user id is taken.
     */
    public static String assign(AssessmentTask task, String assessorId) {
        if (assessorId.equals(task.earnerId)) {
            throw new ProblemException(422, "self-assessment", "Self-assessment refused",
                    "The assessor submitted this evidence; assign another assessor");
        }
        refuseIfClosed(task);
        if (task.status == Status.PENDING || task.status == Status.IN_REVIEW) {
            if (task.status == Status.IN_REVIEW && assessorId.equals(task.assignedTo)) {
                return null;
            }
            task.assignedTo = assessorId;
            task.status = Status.IN_REVIEW;
            return Judgement.FIRST;
        }
        if (assessorId.equals(task.assignedTo)) {
            throw new ProblemException(422, "second-marker-must-differ", "Second marker must differ",
                    "This assessor marked the attempt first; assign another one to second-mark it");
        }
        if (task.status == Status.SECOND_REVIEW && assessorId.equals(task.secondMarker)) {
            return null;
        }
        task.secondMarker = assessorId;
        task.status = Status.SECOND_REVIEW;
        return Judgement.SECOND;
    }

    /** The role in which the caller decides; refused unless the caller holds the task. */
    public static String mayDecide(AssessmentTask task, String caller) {
        refuseSelfAssessment(task, caller);
        refuseIfClosed(task);
        if (Status.UNHELD.contains(task.status)) {
            throw ProblemException.conflict("not-claimed", "Nobody holds this assessment: claim it first");
        }
        if (!caller.equals(task.holder())) {
            throw new ProblemException(403, "not-holder", "Not the holder",
                    "Only the assessor holding this assessment may decide it");
        }
        return task.status == Status.SECOND_REVIEW ? Judgement.SECOND : Judgement.FIRST;
    }

    private static void refuseSelfAssessment(AssessmentTask task, String caller) {
        if (caller.equals(task.earnerId)) {
            throw new ProblemException(403, "self-assessment", "Self-assessment refused",
                    "You submitted this evidence, so another assessor must judge it");
        }
    }

    private static void refuseIfClosed(AssessmentTask task) {
        if (task.status == Status.DECIDED) {
            throw ProblemException.conflict("already-decided",
                    "This assessment was decided at " + task.decidedAt + " (" + task.decision + ")");
        }
        if (task.status == Status.WITHDRAWN) {
            throw ProblemException.conflict("withdrawn",
                    "The enrolment ended (withdrawn, expired or declined): this assessment is closed");
        }
    }
}
