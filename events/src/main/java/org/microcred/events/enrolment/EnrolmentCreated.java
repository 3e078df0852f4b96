package org.microcred.events.enrolment;

import java.time.Instant;
import java.util.UUID;
import org.microcred.events.EventPayload;

/** An earner enrolled in one version of a micro-credential. */
public record EnrolmentCreated(
        UUID enrolmentId,
        UUID achievementId,
        int achievementVersion,
        String earnerId,
        String earnerEmail,
        String earnerName,
        Instant enrolledAt) implements EventPayload {
}
