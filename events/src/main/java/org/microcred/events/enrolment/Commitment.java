package org.microcred.events.enrolment;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What the earner explicitly accepted on enrolling: the expected effort, the time window, the
 * obligations, the cost, and the version of the terms, with the moment of acceptance.
 * {@code windowStart}/{@code windowEnd} may be null (self-paced); {@code cost} null means free.
 */
public record Commitment(
        Integer expectedEffortHours,
        Instant windowStart,
        Instant windowEnd,
        String obligations,
        BigDecimal cost,
        String currency,
        String termsVersion,
        Instant acceptedAt) {
}
