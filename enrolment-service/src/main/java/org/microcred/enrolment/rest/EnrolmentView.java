package org.microcred.enrolment.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.microcred.enrolment.Enrolment;

/**
 * An enrolment as the API shows it: where it stands, the commitment accepted, and its place on the
 * waiting list (1 = next; null when not waiting).
 */
public record EnrolmentView(UUID id, UUID achievementId, int achievementVersion, String status,
        AcceptedCommitment commitment, Long waitlistPosition, Instant enrolledAt, String source,
        String statusReason, Instant statusChangedAt, String earnerId, String earnerEmail, String earnerName) {

    /** What was accepted, and when; {@code acceptedAt} null for enrolments older than explicit commitment. */
    public record AcceptedCommitment(Integer expectedEffortHours, Instant activityStartsAt, Instant activityEndsAt,
            String obligations, BigDecimal cost, String currency, String termsVersion, Instant acceptedAt) {
    }

    public static EnrolmentView of(Enrolment e, Long waitlistPosition) {
        AcceptedCommitment commitment = new AcceptedCommitment(e.expectedEffortHours, e.activityStartsAt,
                e.activityEndsAt, e.obligations, e.cost, e.currency, e.termsVersion, e.acceptedAt);
        return new EnrolmentView(e.id, e.achievementId, e.achievementVersion, e.status.name(), commitment,
                waitlistPosition, e.enrolledAt, e.source, e.statusReason, e.statusChangedAt, e.earnerId, e.earnerEmail,
                e.earnerName);
    }
}
