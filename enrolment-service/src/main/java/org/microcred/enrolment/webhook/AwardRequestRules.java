package org.microcred.enrolment.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.microcred.support.problem.Problem.FieldError;

/** What an award request must say beyond each field's own form: dates in order (the learner: the parser). */
public final class AwardRequestRules {

    /** A clock ahead of ours by this much is tolerated. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private AwardRequestRules() {
    }

    public static List<FieldError> check(LmsMessages.AwardRequested request, Instant now) {
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
}
