package org.microcred.enrolment.outbound;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The waits between a delivery's attempts ({@code microcred.outbound.retry-delays}): after the n-th failed attempt
 * the n-th wait; once they are used up the delivery has FAILED. The default (5 s, 5 min, 30 min, 2 h, 5 h, 10 h,
 * 10 h) gives eight attempts over about 27 hours.
 */
public record RetrySchedule(List<Duration> delays) {

    public RetrySchedule {
        delays = List.copyOf(delays);
    }

    /** The wait after {@code failedAttempts} failed attempts, or empty when the delivery has failed for good. */
    public Optional<Duration> after(int failedAttempts) {
        return failedAttempts >= 1 && failedAttempts <= delays.size()
                ? Optional.of(delays.get(failedAttempts - 1)) : Optional.empty();
    }

    /** How many attempts a delivery gets in one round. */
    public int attempts() {
        return delays.size() + 1;
    }
}
