package org.microcred.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.microcred.assessment.AssessmentTask.Status;
import org.microcred.support.problem.ProblemException;

class TaskRulesTest {

    private static AssessmentTask task(Status status) {
        AssessmentTask task = new AssessmentTask();
        task.earnerId = "earner";
        task.status = status;
        return task;
    }

    private static int refusal(Runnable call) {
        return assertThrows(ProblemException.class, call::run).status();
    }

    @Test
    void claimingAPendingTaskPutsItInReviewForTheCaller() {
        AssessmentTask task = task(Status.PENDING);
        assertEquals(Judgement.FIRST, TaskRules.claim(task, "ana"));
        assertEquals(Status.IN_REVIEW, task.status);
        assertEquals("ana", task.assignedTo);
    }

    @Test
    void claimingAgainChangesNothingButAnotherAssessorConflicts() {
        AssessmentTask task = task(Status.PENDING);
        TaskRules.claim(task, "ana");
        assertNull(TaskRules.claim(task, "ana"));
        assertEquals(409, refusal(() -> TaskRules.claim(task, "ben")));
        assertEquals("ana", task.assignedTo);
    }

    @Test
    void theEarnerCannotClaimNorBeAssigned() {
        AssessmentTask task = task(Status.PENDING);
        assertEquals(403, refusal(() -> TaskRules.claim(task, "earner")));
        assertEquals(422, refusal(() -> TaskRules.assign(task, "earner")));
        assertEquals(Status.PENDING, task.status);
    }

    @Test
    void anAwardAwaitingSecondMarkIsClaimedAsSecondByAnotherAssessorOnly() {
        AssessmentTask task = task(Status.AWAITING_SECOND_MARK);
        task.assignedTo = "ana";
        assertEquals(403, refusal(() -> TaskRules.claim(task, "ana")));
        assertEquals(Judgement.SECOND, TaskRules.claim(task, "ben"));
        assertEquals(Status.SECOND_REVIEW, task.status);
        assertEquals("ben", task.secondMarker);
        assertEquals(Judgement.SECOND, TaskRules.mayDecide(task, "ben"));
        assertEquals(403, refusal(() -> TaskRules.mayDecide(task, "ana")));
    }

    @Test
    void releaseGivesTheCurrentStepBack() {
        AssessmentTask task = task(Status.PENDING);
        TaskRules.claim(task, "ana");
        assertEquals(403, refusal(() -> TaskRules.release(task, "ben", false)));
        assertEquals(Judgement.FIRST, TaskRules.release(task, "ana", false));
        assertEquals(Status.PENDING, task.status);
        assertNull(task.assignedTo);
        assertEquals(409, refusal(() -> TaskRules.release(task, "ana", false)));
    }

    @Test
    void anIssuerAdminReleasesAndReassigns() {
        AssessmentTask task = task(Status.PENDING);
        TaskRules.claim(task, "ana");
        assertEquals(Judgement.FIRST, TaskRules.assign(task, "ben"));
        assertEquals("ben", task.assignedTo);
        assertNull(TaskRules.assign(task, "ben"));
        assertEquals(Judgement.FIRST, TaskRules.release(task, "admin", true));
        assertEquals(Status.PENDING, task.status);
    }

    @Test
    void assigningTheSecondMarkingToTheFirstMarkerIsRefused() {
        AssessmentTask task = task(Status.AWAITING_SECOND_MARK);
        task.assignedTo = "ana";
        assertEquals(422, refusal(() -> TaskRules.assign(task, "ana")));
        assertEquals(Judgement.SECOND, TaskRules.assign(task, "ben"));
        assertEquals(Status.SECOND_REVIEW, task.status);
    }

    @Test
    void onlyTheHolderDecidesAndAnUnclaimedTaskMustBeClaimedFirst() {
        AssessmentTask task = task(Status.PENDING);
        assertEquals(409, refusal(() -> TaskRules.mayDecide(task, "ana")));
        TaskRules.claim(task, "ana");
        assertEquals(403, refusal(() -> TaskRules.mayDecide(task, "ben")));
        assertEquals(Judgement.FIRST, TaskRules.mayDecide(task, "ana"));
    }

    @Test
    void decidedAndWithdrawnTasksRefuseEveryChange() {
        for (Status closed : new Status[] {Status.DECIDED, Status.WITHDRAWN}) {
            AssessmentTask task = task(closed);
            task.assignedTo = "ana";
            assertEquals(409, refusal(() -> TaskRules.claim(task, "ben")));
            assertEquals(409, refusal(() -> TaskRules.release(task, "ana", true)));
            assertEquals(409, refusal(() -> TaskRules.assign(task, "ben")));
            assertEquals(409, refusal(() -> TaskRules.mayDecide(task, "ana")));
        }
    }
}
