package org.microcred.enrolment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.microcred.events.enrolment.EnrolmentStatus;

class ExpiryRuleTest {

    private static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");

    private static Enrolment active(Integer inactivityDays, Instant activityEndsAt, Instant lastActivity) {
        Enrolment e = new Enrolment();
        e.status = EnrolmentStatus.ACTIVE;
        e.inactivityExpiryDays = inactivityDays;
        e.activityEndsAt = activityEndsAt;
        e.lastActivityAt = lastActivity;
        return e;
    }

    @Test
    void anActiveEnrolmentExpiresAfterItsInactivityPeriod() {
        Enrolment e = active(10, null, NOW.minus(Duration.ofDays(10)).minusSeconds(1));
        assertEquals("no activity for 10 days", ExpiryRule.reason(e, JourneyStage.ENROLLED, NOW));
        assertEquals("no activity for 10 days", ExpiryRule.reason(e, JourneyStage.REVISE, NOW));
        e.lastActivityAt = NOW.minus(Duration.ofDays(9));
        assertNull(ExpiryRule.reason(e, JourneyStage.ENROLLED, NOW));
        assertNull(ExpiryRule.reason(active(null, null, NOW.minus(Duration.ofDays(999))), JourneyStage.ENROLLED, NOW),
                "no inactivity period: never");
    }

    @Test
    void anActiveEnrolmentExpiresWhenTheActivityPeriodEndsWithoutAward() {
        Enrolment e = active(null, NOW.minusSeconds(1), NOW);
        assertEquals("the activity period ended at " + NOW.minusSeconds(1) + " without an award",
                ExpiryRule.reason(e, JourneyStage.REVISE, NOW));
        assertNull(ExpiryRule.reason(e, JourneyStage.AWARDED, NOW));
        assertNull(ExpiryRule.reason(e, JourneyStage.ISSUED, NOW));
    }

    @Test
    void journeysWaitingOnTheInstitutionAndOtherStatusesDoNotExpire() {
        Enrolment e = active(1, NOW.minus(Duration.ofDays(5)), NOW.minus(Duration.ofDays(5)));
        assertNull(ExpiryRule.reason(e, JourneyStage.SUBMITTED, NOW));
        assertNull(ExpiryRule.reason(e, JourneyStage.IN_REVIEW, NOW));
        for (EnrolmentStatus status : EnrolmentStatus.values()) {
            if (status != EnrolmentStatus.ACTIVE) {
                e.status = status;
                assertNull(ExpiryRule.reason(e, JourneyStage.ENROLLED, NOW), status.name());
            }
        }
    }
}
