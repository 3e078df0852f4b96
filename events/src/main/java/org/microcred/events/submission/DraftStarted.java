package org.microcred.events.submission;

import java.time.Instant;
import java.util.UUID;
import org.microcred.events.EventPayload;

/**
 * An earner started a draft of an attempt (attempt 1: the enrolment's first draft, the funnel's "started"; later
 * attempts after a revision). Keyed by enrolment id. No evidence yet, and nothing about the earner beyond their id.
 */
public record DraftStarted(
        UUID submissionId,
        UUID enrolmentId,
        UUID achievementId,
        int achievementVersion,
        String earnerId,
        int attempt,
        Instant startedAt,
        Instant enrolledAt) implements EventPayload {
}
