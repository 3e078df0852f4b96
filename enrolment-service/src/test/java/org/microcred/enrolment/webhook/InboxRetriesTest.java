package org.microcred.enrolment.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.microcred.support.problem.Problem;
import org.microcred.support.problem.ProblemException;

/** Which failed attempts are tried again, when, and that none is tried forever. */
class InboxRetriesTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private final InboxRetries retries = new InboxRetries(5, Duration.ofSeconds(2));

    @Test
    void aReportForALearnerNotEnrolledYetIsRetriedFiveTimesOverAboutAMinute() {
        Problem notFound = ProblemException.notFound("Enrolment", "x").toProblem(null);
        List<Duration> delays = new ArrayList<>();
        for (int failures = 1; failures <= 5; failures++) {
            InboxRetries.Next next = retries.after(LmsMessages.ACTIVITY_COMPLETED, notFound, failures, NOW);
            assertTrue(next.retry(), "failure " + failures);
            delays.add(Duration.between(NOW, next.retryAt()));
        }
        assertEquals(List.of(2L, 4L, 8L, 16L, 32L), delays.stream().map(Duration::toSeconds).toList());
        assertFalse(retries.after(LmsMessages.ACTIVITY_COMPLETED, notFound, 6, NOW).retry(), "then it fails");
    }

    @Test
    void anEnrolmentWaitingForAPlaceOrConfirmationIsRetried() {
        Problem waiting = ProblemException.conflict("enrolment-status", "WAITLISTED").toProblem(null);
        assertTrue(retries.after(LmsMessages.ACTIVITY_COMPLETED, waiting, 1, NOW).retry());
    }

    @Test
    void problemsThatStateWillNotChangeFailAtOnce() {
        Problem closed = ProblemException.conflict("enrolment-closed", "WITHDRAWN").toProblem(null);
        Problem unknownMicroCredential = ProblemException.notFound("Micro-credential", "x").toProblem(null);
        Problem invalid = ProblemException.invalid("data.score", "too high").toProblem(null);
        assertFalse(retries.after(LmsMessages.ACTIVITY_COMPLETED, closed, 1, NOW).retry());
        assertFalse(retries.after(LmsMessages.ENROLMENT_REQUESTED, unknownMicroCredential, 1, NOW).retry());
        assertFalse(retries.after(LmsMessages.ACTIVITY_COMPLETED, invalid, 1, NOW).retry());
    }

    @Test
    void anUnexpectedErrorIsRetriedThenFails() {
        assertTrue(retries.after(LmsMessages.ENROLMENT_REQUESTED, null, 1, NOW).retry());
        assertFalse(retries.after(LmsMessages.ENROLMENT_REQUESTED, null, 6, NOW).retry());
    }
}
