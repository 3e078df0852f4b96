package org.microcred.enrolment.outbound;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One attempt to send a delivery: when, the HTTP status or the error, how long (table {@code outbound_attempt}). */
@Entity
@Table(name = "outbound_attempt")
public class OutboundAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "delivery_id")
    public UUID deliveryId;

    public int round;

    @Column(name = "attempted_at")
    public Instant attemptedAt;

    @Column(name = "http_status")
    public Integer httpStatus;

    public String error;

    @Column(name = "duration_ms")
    public long durationMs;
}
