package org.microcred.enrolment.notification;

import java.time.Duration;

/**
 * How long a notification waits after a failed sending attempt: the first delay, doubled at each further attempt, up
 * to a maximum. There is no last attempt: a mail server away for a day delays mails by a day, and loses none.
 */
public record RetryDelay(Duration first, Duration max) {

    public RetryDelay {
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("need 0 < first <= max, not " + first + " and " + max);
        }
    }

    /** The wait after the {@code attempts}-th failed attempt (1 = the first failure). */
    public Duration after(int attempts) {
        if (attempts <= 1) {
            return first;
        }
        // 2^(attempts-1) overflows long past 62 doublings: cap the exponent where the maximum is certainly reached.
        int doublings = Math.min(attempts - 1, 40);
        long millis = first.toMillis();
        long max = max().toMillis();
        for (int i = 0; i < doublings && millis < max; i++) {
            millis *= 2;
        }
        return Duration.ofMillis(Math.min(millis, max));
    }
}
