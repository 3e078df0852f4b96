package org.microcred.events.catalogue;

import java.math.BigDecimal;

/**
 * How a {@code progress} micro-credential is earned without an assessor: the LMS reports the
 * activity {@code activityId} as completed ({@code measure} {@code completion}) or with a score at
 * or above {@code minScore} ({@code measure} {@code score}; scores are 0 to 100).
 */
public record ProgressRule(String activityId, String measure, BigDecimal minScore) {
    public static final String COMPLETION = "completion";
    public static final String SCORE = "score";
}
