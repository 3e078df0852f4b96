package org.microcred.enrolment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.microcred.events.catalogue.AchievementPublished;
import org.microcred.events.catalogue.ProgressRule;
import org.microcred.events.catalogue.SecondMarking;
import org.microcred.support.problem.Problem.FieldError;

/**
 * Every rule a micro-credential definition must keep across its fields (field sizes and ranges are
 * the request's Bean Validation limits). Runs on the entity form, so create and edit check the same.
 */
public final class DefinitionRules {

    private DefinitionRules() {
    }

    /** The problems found, each naming its field; empty when the definition is sound. */
    public static List<FieldError> check(Achievement a) {
        List<FieldError> errors = new ArrayList<>(RubricRules.check(a.evidencePrompts, a.rubric));
        PromptRules.check(a.evidencePrompts, errors);
        checkBenchmark(a, errors);
        checkSecondMarking(a.secondMarking, errors);
        checkCost(a, errors);
        checkWindows(a, errors);
        return errors;
    }

    private static void checkBenchmark(Achievement a, List<FieldError> errors) {
        if (AchievementPublished.PROGRESS.equals(a.benchmarkKind)) {
            ProgressRule rule = a.progressRule;
            if (rule == null) {
                errors.add(new FieldError("progressRule", "required for a progress micro-credential"));
            } else if (ProgressRule.SCORE.equals(rule.measure()) && rule.minScore() == null) {
                errors.add(new FieldError("progressRule.minScore", "required when the measure is score"));
            } else if (ProgressRule.COMPLETION.equals(rule.measure()) && rule.minScore() != null) {
                errors.add(new FieldError("progressRule.minScore", "only when the measure is score"));
            }
            if (a.secondMarking != null && !SecondMarking.NONE.equals(a.secondMarking.mode())) {
                errors.add(new FieldError("secondMarking", "only for performance micro-credentials (an assessor)"));
            }
            return;
        }
        if (a.progressRule != null) {
            errors.add(new FieldError("progressRule", "only for a progress micro-credential"));
        }
        if (a.evidencePrompts == null || a.evidencePrompts.isEmpty()) {
            errors.add(new FieldError("evidencePrompts", "a performance micro-credential needs at least one prompt"));
        }
        if (a.rubric == null || a.rubric.criteria() == null || a.rubric.criteria().isEmpty()) {
            errors.add(new FieldError("rubric", "a performance micro-credential needs a rubric with criteria"));
        }
    }

    private static void checkSecondMarking(SecondMarking marking, List<FieldError> errors) {
        if (marking == null) {
            return;
        }
        boolean sample = SecondMarking.SAMPLE.equals(marking.mode());
        if (sample && marking.samplePercent() == null) {
            errors.add(new FieldError("secondMarking.samplePercent", "required when the mode is sample"));
        } else if (!sample && marking.samplePercent() != null) {
            errors.add(new FieldError("secondMarking.samplePercent", "only when the mode is sample"));
        }
    }

    private static void checkCost(Achievement a, List<FieldError> errors) {
        if (a.cost != null && a.currency == null) {
            errors.add(new FieldError("currency", "required with cost"));
        }
        if (a.cost == null && a.currency != null) {
            errors.add(new FieldError("currency", "only with cost (no cost: free)"));
        }
        if (a.currency != null && Currency.getAvailableCurrencies().stream()
                .noneMatch(c -> c.getCurrencyCode().equals(a.currency))) {
            errors.add(new FieldError("currency", "not an ISO 4217 currency code"));
        }
    }

    /** Enrolment opens before it closes, activity starts before it ends, and one cannot enrol after the end. */
    private static void checkWindows(Achievement a, List<FieldError> errors) {
        before(a.enrolmentOpensAt, a.enrolmentClosesAt, "enrolmentClosesAt", "enrolmentOpensAt", errors);
        before(a.activityStartsAt, a.activityEndsAt, "activityEndsAt", "activityStartsAt", errors);
        if (!before(a.enrolmentClosesAt, a.activityEndsAt)) {
            errors.add(new FieldError("enrolmentClosesAt", "must not be after activityEndsAt"));
        } else if (a.enrolmentClosesAt == null && !before(a.enrolmentOpensAt, a.activityEndsAt)) {
            errors.add(new FieldError("enrolmentOpensAt", "must be before activityEndsAt"));
        }
    }

    private static void before(Instant first, Instant second, String field, String firstName, List<FieldError> errors) {
        if (first != null && second != null && !first.isBefore(second)) {
            errors.add(new FieldError(field, "must be after " + firstName));
        }
    }

    private static boolean before(Instant first, Instant second) {
        return first == null || second == null || !first.isAfter(second);
    }
}
