package org.microcred.enrolment;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.microcred.events.enrolment.EnrolmentStatus;

/**
 * When an ACTIVE enrolment expires: no journey activity for the version's inactivity period, or the
 * activity period ended without an award. A journey waiting on the institution (submitted, in
 * review) or already awarded does not expire: the earner did their part.
 */
public final class ExpiryRule {

    private static final Set<JourneyStage> SPARED =
            Set.of(JourneyStage.SUBMITTED, JourneyStage.IN_REVIEW, JourneyStage.AWARDED, JourneyStage.ISSUED,
                    JourneyStage.SHARED);

    private ExpiryRule() {
    }

    /** Why the enrolment expires at {@code now}, or null when it does not. */
    public static String reason(Enrolment e, JourneyStage stage, Instant now) {
        if (e.status != EnrolmentStatus.ACTIVE || (stage != null && SPARED.contains(stage))) {
            return null;
        }
        if (e.activityEndsAt != null && e.activityEndsAt.isBefore(now)) {
            return "the activity period ended at " + e.activityEndsAt + " without an award";
        }
        if (e.inactivityExpiryDays != null && e.lastActivityAt != null
                && e.lastActivityAt.plus(Duration.ofDays(e.inactivityExpiryDays)).isBefore(now)) {
            return "no activity for " + e.inactivityExpiryDays + " days";
        }
        return null;
    }
}
