package org.microcred.support.outbox;

import java.time.Instant;
import java.util.UUID;

/** A parked outbox row as an operator sees it: what it is, how large, and why the relay gave up on it. */
public record ParkedEventView(
        UUID eventId,
        long seq,
        String eventType,
        String topic,
        String recordKey,
        String subject,
        Instant occurredAt,
        int bytes,
        int failedAttempts,
        String lastError,
        Instant parkedAt,
        String parkReason) {
}
