package org.microcred.enrolment.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.microcred.enrolment.Achievement;
import org.microcred.enrolment.Admission;

/**
 * The commitment an earner accepts by enrolling in the current version: effort, time window,
 * obligations, cost and terms version, with how enrolment works (confirmation, places, window).
 * {@code capacity}/{@code placesLeft} null: unlimited; {@code cost} null: free.
 */
public record TermsView(UUID achievementId, int version, Integer expectedEffortHours, Instant activityStartsAt,
        Instant activityEndsAt, String obligations, BigDecimal cost, String currency, String termsVersion,
        String confirmationMode, Integer capacity, Long placesLeft, Instant enrolmentOpensAt,
        Instant enrolmentClosesAt, boolean enrolmentOpen) {

    public static TermsView of(Achievement a, Long placesLeft, Instant now) {
        return new TermsView(a.id, a.version, a.expectedEffortHours, a.activityStartsAt, a.activityEndsAt,
                a.obligations, a.cost, a.currency, Admission.termsOf(a), Admission.confirmationModeOf(a), a.capacity,
                placesLeft, a.enrolmentOpensAt, a.enrolmentClosesAt, Admission.windowOpen(a, now));
    }
}
