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
        assertEquals(new Next(Kind.START, 1), AttemptPolicy.after(null, 3));
    }

    @Test
    void anOpenDraftIsResumed() {
        assertEquals(new Next(Kind.RESUME, 2), AttemptPolicy.after(attempt(2, SubmissionStatus.DRAFT), 3));
    }

    @Test
    void aReviseDecisionOpensTheNextAttempt() {
        assertEquals(new Next(Kind.START, 3), AttemptPolicy.after(attempt(2, SubmissionStatus.REVISE_REQUESTED), 3));
    }

    @Test
    void noNewAttemptOnceTheLimitIsReached() {
        assertEquals(Kind.EXHAUSTED, AttemptPolicy.after(attempt(3, SubmissionStatus.REVISE_REQUESTED), 3).kind());
        assertEquals(Kind.EXHAUSTED, AttemptPolicy.after(attempt(1, SubmissionStatus.REVISE_REQUESTED), 1).kind());
    }

    @Test
    void noNewAttemptWhileOneAwaitsItsDecision() {
        assertEquals(Kind.AWAITING_DECISION, AttemptPolicy.after(attempt(1, SubmissionStatus.SUBMITTED), 3).kind());
    }

    @Test
    void awardAndDenyCloseTheEnrolment() {
        assertEquals(Kind.CLOSED, AttemptPolicy.after(attempt(1, SubmissionStatus.AWARDED), 3).kind());
        assertEquals(Kind.CLOSED, AttemptPolicy.after(attempt(2, SubmissionStatus.DENIED), 3).kind());
    }
}
