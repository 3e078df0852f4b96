package org.microcred.assessment;

import java.math.BigDecimal;
import org.microcred.events.assessment.Decision;
import org.microcred.events.catalogue.ProgressRule;
import org.microcred.events.enrolment.ActivityReported;

/**
 * How an LMS report decides a {@code progress} micro-credential. Only the rule's activity counts.
 * Measure {@code completion}: a completed activity is an AWARD; an incomplete one decides nothing
 * (the learner is still working). Measure {@code score}: a score at or above the minimum is an
 * AWARD, one below it a REVISE naming both; a report without a score decides nothing. A report in which the LMS asks
 * for the award ({@code awardRequested}: the learner met the benchmark in the LMS) is an AWARD whatever the rule.
 */
public final class ProgressJudge {

    /** The decision and the feedback the earner reads; {@code decision} null when the report decides nothing. */
    public record Outcome(Decision decision, String feedback) {
        static final Outcome NONE = new Outcome(null, null);

        public boolean decides() {
            return decision != null;
        }
    }

    private ProgressJudge() {
    }

    public static Outcome judge(ProgressRule rule, ActivityReported report) {
        if (report.asksForAward()) {
            return new Outcome(Decision.AWARD, "The benchmark was met in your institution's learning platform.");
        }
        if (rule == null || rule.activityId() == null || !rule.activityId().equals(report.activityId())) {
            return Outcome.NONE;
        }
        if (ProgressRule.SCORE.equals(measure(rule))) {
            return byScore(rule, report);
        }
        if (!report.completed()) {
            return Outcome.NONE;
        }
        return new Outcome(Decision.AWARD, "Activity '" + rule.activityId() + "' completed.");
    }

    private static Outcome byScore(ProgressRule rule, ActivityReported report) {
        if (report.score() == null) {
            return Outcome.NONE;
        }
        BigDecimal min = rule.minScore() != null ? rule.minScore() : BigDecimal.ZERO;
        String score = report.score().stripTrailingZeros().toPlainString();
        String threshold = min.stripTrailingZeros().toPlainString();
        if (report.score().compareTo(min) >= 0) {
            return new Outcome(Decision.AWARD, "Score " + score + " on activity '" + rule.activityId()
                    + "' meets the required " + threshold + ".");
        }
        return new Outcome(Decision.REVISE, "Score " + score + " on activity '" + rule.activityId()
                + "' is below the required " + threshold + ". Try the activity again to reach " + threshold + ".");
    }

    /** Whether a rule can decide anything: an activity, a known measure, and a minimum for scores. */
    public static boolean isUsable(ProgressRule rule) {
        return rule != null && rule.activityId() != null && !rule.activityId().isBlank()
                && (ProgressRule.COMPLETION.equals(measure(rule))
                        || ProgressRule.SCORE.equals(measure(rule)) && rule.minScore() != null);
    }

    /** The rule's measure; an older producer that left it out meant a score when it gave a minimum. */
    static String measure(ProgressRule rule) {
        if (rule.measure() != null) {
            return rule.measure();
        }
        return rule.minScore() != null ? ProgressRule.SCORE : ProgressRule.COMPLETION;
    }
}
