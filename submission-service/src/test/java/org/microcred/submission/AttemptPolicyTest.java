package org.microcred.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.microcred.submission.AttemptPolicy.Kind;
import org.microcred.submission.AttemptPolicy.Next;

class AttemptPolicyTest {

    private static Submission attempt(int number, SubmissionStatus status) {
        Submission s = new Submission();
        s.attempt = number;
        s.status = status;
        return s;
    }

    @Test
    void theFirstAttemptIsNumberOne() {
        assertEquals(new Next(Kind.START, 1), AttemptPolicy.after(null));
    }

    @Test
    void anOpenDraftIsResumed() {
        assertEquals(new Next(Kind.RESUME, 2), AttemptPolicy.after(attempt(2, SubmissionStatus.DRAFT)));
    }

    @Test
    void aReviseDecisionOpensTheNextAttempt() {
        assertEquals(new Next(Kind.START, 3), AttemptPolicy.after(attempt(2, SubmissionStatus.REVISE_REQUESTED)));
    }

    @Test
    void noNewAttemptWhileOneAwaitsItsDecision() {
        assertEquals(Kind.AWAITING_DECISION, AttemptPolicy.after(attempt(1, SubmissionStatus.SUBMITTED)).kind());
    }

    @Test
    void awardAndDenyCloseTheEnrolment() {
        assertEquals(Kind.CLOSED, AttemptPolicy.after(attempt(1, SubmissionStatus.AWARDED)).kind());
        assertEquals(Kind.CLOSED, AttemptPolicy.after(attempt(2, SubmissionStatus.DENIED)).kind());
    }
}
