package org.microcred.enrolment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One step of a journey's timeline, keyed by the event that recorded it. */
@Entity
@Table(name = "journey_step")
public class JourneyStep {

    @Id
    @Column(name = "event_id")
    public UUID eventId;

    @Column(name = "enrolment_id")
    public UUID enrolmentId;

    @Enumerated(EnumType.STRING)
    public JourneyStage stage;

    public int attempt;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    public String detail;

    public static JourneyStep of(UUID eventId, UUID enrolmentId, JourneyStage stage, int attempt, Instant occurredAt,
            String detail) {
        JourneyStep step = new JourneyStep();
        step.eventId = eventId;
        step.enrolmentId = enrolmentId;
        step.stage = stage;
        step.attempt = attempt;
        step.occurredAt = occurredAt;
        step.detail = detail;
        return step;
    }
}
