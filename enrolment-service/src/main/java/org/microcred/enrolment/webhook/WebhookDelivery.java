package org.microcred.enrolment.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A verified LMS delivery in the inbox, stored raw as it arrived, and what became of it. Keyed by
 * the sender's {@code webhook-id} within the tenant: the same id again finds this row.
 */
@Entity
@Table(name = "webhook_delivery")
@IdClass(WebhookDelivery.Key.class)
public class WebhookDelivery {

    /**
     * IGNORED: a platform event (webhook/adapter) that maps to nothing here, answered 2xx and kept with its reason in
     * {@link #result} ({@code {"ignored": reason}}); never applied.
     */
    public enum Status { RECEIVED, PROCESSED, FAILED, IGNORED }

    @Id
    @Column(name = "tenant_id")
    public String tenantId;

    @Id
    @Column(name = "webhook_id")
    public String webhookId;

    /** Order of arrival (an identity column): the processor applies a tenant's deliveries in it. */
    @Column(name = "seq", insertable = false, updatable = false)
    public Long seq;

    /** Hex SHA-256 of the body: a reused id with another body is refused. */
    @Column(name = "body_sha256")
    public String bodySha256;

    @Column(name = "event_type")
    public String eventType;

    /** The body exactly as received and verified. */
    public String body;

    @Column(name = "received_at")
    public Instant receivedAt;

    @Enumerated(EnumType.STRING)
    public Status status;

    /** Processing attempts that failed for a reason that may pass (see {@link InboxRetries}). */
    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "processed_at")
    public Instant processedAt;

    /** JSON of the effect, once PROCESSED. */
    public String result;

    /** JSON of the RFC 9457 problem, once FAILED. */
    public String problem;

    public static class Key implements Serializable {
        public String tenantId;
        public String webhookId;

        public Key() {
        }

        public Key(String tenantId, String webhookId) {
            this.tenantId = tenantId;
            this.webhookId = webhookId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(tenantId, k.tenantId) && Objects.equals(webhookId, k.webhookId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenantId, webhookId);
        }
    }
}
