package org.microcred.enrolment.governance.rest;

import java.time.Instant;
import java.util.List;
import org.microcred.enrolment.governance.ReviewStep;

/** One step of a version's review history, as issuer-admins and release-managers see it. */
public record ReviewStepView(String action, String actorId, String actorRole, String comment, Instant at) {

    public static List<ReviewStepView> of(List<ReviewStep> steps) {
        return steps.stream().map(s -> new ReviewStepView(s.action.name(), s.actorId, s.actorRole, s.comment,
                s.occurredAt)).toList();
    }
}
