package org.microcred.enrolment;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.microcred.events.assessment.CriterionScore;
import org.microcred.support.persistence.EventColumns;

/** One final decision an earner received on an attempt, with its scores: the feedback history. */
@Entity
@Table(name = "journey_feedback")
public class JourneyFeedback {

    /** The decision event's id: a redelivered decision finds its row. */
    @Id
    @Column(name = "event_id")
    public UUID eventId;

    @Column(name = "enrolment_id")
    public UUID enrolmentId;

    public int attempt;

    /** AWARD, REVISE or DENY. */
    public String decision;

    /** {@code rubric} (an assessor) or {@code progress} (LMS activity). */
    public String basis;

    public String feedback;

    @Convert(converter = EventColumns.Scores.class)
    public List<CriterionScore> scores;

    /** The LMS score a progress decision was taken on, or null. */
    public BigDecimal score;

    @Column(name = "decided_at")
    public Instant decidedAt;
}
