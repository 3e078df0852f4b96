package org.microcred.enrolment.webhook;

import java.time.Duration;
import java.time.Instant;
import org.microcred.support.problem.Problem;

/**
 * What a failed attempt at a delivery leads to. Most problems are final: the delivery is FAILED
 * with the problem it met (unknown micro-credential, closed enrolment, malformed data). A failure
 * caused by state that may still change is tried again, a bounded number of times with a delay
 * that doubles (defaults: 5 retries from 2 s, so 2 + 4 + 8 + 16 + 32 = 62 s in all), then FAILED:
 * <ul>
 * <li>an activity report for a learner with no enrolment yet (404): the LMS may have sent the
 * report before the enrolment, or the learner may be enrolling themselves;</li>
 * <li>an activity report for an enrolment waiting for a place or for confirmation (409
 * {@code enrolment-status});</li>
 * <li>an unexpected error (a lock timeout, a bug): 500 {@code processing-failed} once the retries are used
 * up.</li>
 * </ul>
 * Nothing is retried forever, so a delivery never blocks the inbox. A server being away (a database outage) is not an
 * attempt at all: {@code InboxProcessor} leaves the delivery waiting, uncounted, until the server is back.
 */
public final class InboxRetries {

    /** After a failed attempt: try again at {@code retryAt}, or give up (null). */
    public record Next(Instant retryAt) {
        public boolean retry() {
            return retryAt != null;
        }
    }

    private final int maxRetries;
    private final Duration firstDelay;

    public InboxRetries(int maxRetries, Duration firstDelay) {
        this.maxRetries = maxRetries;
        this.firstDelay = firstDelay;
    }

    /**
     * @param type     the delivery's type
     * @param problem  the problem met, or null for an unexpected error
     * @param failures failed attempts so far, this one included
     */
    public Next after(String type, Problem problem, int failures, Instant now) {
        if (!mayPass(type, problem) || failures > maxRetries) {
            return new Next(null);
        }
        long factor = 1L << Math.min(failures - 1, 20);
        return new Next(now.plus(firstDelay.multipliedBy(factor)));
    }

    static boolean mayPass(String type, Problem problem) {
        if (problem == null) {
            return true;
        }
        return LmsMessages.ACTIVITY_COMPLETED.equals(type) && (problem.status() == 404
                || problem.type().equals(Problem.TYPE_BASE + "enrolment-status"));
    }
}
