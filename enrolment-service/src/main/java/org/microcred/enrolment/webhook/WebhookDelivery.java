package org.microcred.enrolment.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** An LMS webhook delivery that took effect, and the answer it got: the same id again gets it again. */
@Entity
@Table(name = "webhook_delivery")
@IdClass(WebhookDelivery.Key.class)
public class WebhookDelivery {

    @Id
    @Column(name = "tenant_id")
    public String tenantId;

    @Id
    @Column(name = "webhook_id")
    public String webhookId;

    /** Hex SHA-256 of the body: a reused id with another body is refused. */
    @Column(name = "body_sha256")
    public String bodySha256;

    @Column(name = "event_type")
    public String eventType;

    public String body;

    @Column(name = "status_code")
    public int statusCode;

    /** The JSON answered. */
    public String response;

    @Column(name = "received_at")
    public Instant receivedAt;

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
