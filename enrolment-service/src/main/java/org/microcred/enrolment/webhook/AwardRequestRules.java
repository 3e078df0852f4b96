package org.microcred.enrolment.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.microcred.support.problem.Problem.FieldError;

/** What an award request must say beyond each field's own form: who the learner is, and dates in order. */
public final class AwardRequestRules {

    /** A clock ahead of ours by this much is tolerated. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private AwardRequestRules() {
    }

    /** Every rule: who the learner is (an id or an email) and the dates (bulk award rows). */
    public static List<FieldError> check(LmsMessages.AwardRequested request, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        LmsMessages.AwardLearner learner = request.learner();
        if (learner != null && isBlank(learner.id()) && isBlank(learner.email())) {
            errors.add(new FieldError("data.learner", "must give the learner's id or email"));
        }
        errors.addAll(checkDates(request, now));
        return errors;
    }

    /**
     * The dates only: the webhook parser answers a learner named by neither id nor email with its own 422
     * ({@code learner-unidentified}), the same for every message type.
     */
    public static List<FieldError> checkDates(LmsMessages.AwardRequested request, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        Instant latest = now.plus(CLOCK_SKEW);
        if (request.completedAt() != null && request.completedAt().isAfter(latest)) {
            errors.add(new FieldError("data.completedAt", "must not be in the future"));
        }
        if (request.startedAt() != null && request.startedAt().isAfter(latest)) {
            errors.add(new FieldError("data.startedAt", "must not be in the future"));
        }
        if (request.startedAt() != null && request.completedAt() != null
                && request.startedAt().isAfter(request.completedAt())) {
            errors.add(new FieldError("data.startedAt", "must not be after completedAt"));
        }
        return errors;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
