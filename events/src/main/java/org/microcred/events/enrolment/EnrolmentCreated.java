package org.microcred.events.enrolment;

import java.time.Instant;
import java.util.UUID;
import org.microcred.events.EventPayload;

/**
 * An earner enrolled in one version of a micro-credential. {@code status} is where the enrolment
 * starts: {@code ACTIVE} (evidence may be submitted), {@code PENDING_CONFIRMATION} (staff must
 * confirm) or {@code WAITLISTED} (full); null from older producers means ACTIVE. Later changes come
 * as {@link EnrolmentStatusChanged}. {@code source} is {@code earner} or {@code lms}.
 */
public record EnrolmentCreated(
        UUID enrolmentId,
        UUID achievementId,
        int achievementVersion,
        String earnerId,
        String earnerEmail,
        String earnerName,
        Instant enrolledAt,
        // Added (additive):
        String status,
        Commitment commitment,
        String source,
        UUID cohortId) implements EventPayload {

    public EnrolmentCreated(UUID enrolmentId, UUID achievementId, int achievementVersion, String earnerId,
            String earnerEmail, String earnerName, Instant enrolledAt) {
        this(enrolmentId, achievementId, achievementVersion, earnerId, earnerEmail, earnerName, enrolledAt,
                null, null, null, null);
    }

    /** The status, reading null (older producers) as ACTIVE. */
    public EnrolmentStatus effectiveStatus() {
        return status == null ? EnrolmentStatus.ACTIVE : EnrolmentStatus.valueOf(status);
    }
}
