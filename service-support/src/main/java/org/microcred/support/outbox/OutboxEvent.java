package org.microcred.support.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An event waiting in the outbox until the relay has published it. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    @Column(name = "event_id", nullable = false, unique = true)
    public UUID eventId;

    @Column(nullable = false)
    public String topic;

    @Column(name = "record_key", nullable = false)
    public String recordKey;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(nullable = false)
    public String subject;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    public String traceparent;

    @Column(nullable = false)
    public String envelope;

    @Column(name = "published_at")
    public Instant publishedAt;

    /** Non-retriable publishing failures in a row; the row is parked when they reach the configured maximum. */
    @Column(name = "failed_attempts", nullable = false)
    public int failedAttempts;

    @Column(name = "last_error")
    public String lastError;

    /** Set when the relay gave up on the row: it waits for an operator to retry or drop it. */
    @Column(name = "parked_at")
    public Instant parkedAt;

    @Column(name = "park_reason")
    public String parkReason;

    /** Parks the row: the relay skips it, and the later rows of its topic and key, until it is retried. */
    void park(String reason, Instant now) {
        parkedAt = now;
        parkReason = reason;
    }

    void published(Instant now) {
        publishedAt = now;
        failedAttempts = 0;
        lastError = null;
    }

    /**
     * Records a failed send and answers whether the row is now parked: at once when the record itself is refused,
     * after {@code maxAttempts} non-retriable failures in a row otherwise; a transient failure changes nothing.
     */
    boolean failed(PublishFailure kind, String error, int maxAttempts, Instant now) {
        if (kind == PublishFailure.TRANSIENT) {
            return false;
        }
        failedAttempts++;
        lastError = error;
        if (kind == PublishFailure.PARK_NOW) {
            park("refused: " + error, now);
        } else if (failedAttempts >= maxAttempts) {
            park("failed " + failedAttempts + " times: " + error, now);
        }
        return parkedAt != null;
    }
}
