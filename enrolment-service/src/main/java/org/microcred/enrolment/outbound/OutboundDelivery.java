package org.microcred.enrolment.outbound;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One message to one endpoint (table {@code outbound_delivery}); its id is the {@code webhook-id}. */
@Entity
@Table(name = "outbound_delivery")
public class OutboundDelivery {

    public enum Status {
        PENDING, DELIVERED, FAILED
    }

    @Id
    public UUID id;

    @Column(insertable = false, updatable = false)
    public long seq;

    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "endpoint_id")
    public UUID endpointId;

    @Column(name = "event_id")
    public UUID eventId;

    public String type;

    public String subject;

    public String body;

    @Enumerated(EnumType.STRING)
    public Status status;

    public int attempts;

    public int round;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    /** The sender instance that holds the delivery while it attempts it; null when nobody does. */
    @Column(name = "leased_by")
    public String leasedBy;

    /** Until when the lease holds; past it, another sender may take the delivery (the holder crashed). */
    @Column(name = "lease_until")
    public Instant leaseUntil;
}
