package org.microcred.events.enrolment;

import java.time.Instant;
import java.util.UUID;
import org.microcred.events.EventPayload;

/**
 * A bulk award job ended: every row was applied, failed or was rejected ({@code COMPLETED}), or an issuer-admin cancelled
 * it ({@code CANCELLED}: the rows still waiting were not applied). The counts are the rows' final states. Keyed by the
 * job id.
 */
public record AwardJobFinished(
        UUID jobId,
        String status,
        int rows,
        int applied,
        int failed,
        int rejected,
        int cancelled,
        String submittedBy,
        Instant submittedAt,
        Instant finishedAt) implements EventPayload {

    public static final String COMPLETED = "COMPLETED";
    public static final String CANCELLED = "CANCELLED";
}
