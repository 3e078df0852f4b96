package org.microcred.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.microcred.events.assessment.CriterionScore;
import org.microcred.events.assessment.Decision;
import org.microcred.support.persistence.EventColumns;

/** One marker's judgement of a task: the first marker's, or the second marker's when second-marked. */
@Entity
@Table(name = "assessment_judgement")
public class Judgement {

    public static final String FIRST = "first";
    public static final String SECOND = "second";

    @Id
    public UUID id;

    @Column(name = "task_id")
    public UUID taskId;

    @Column(name = "tenant_id")
    public String tenantId;

    public String role;

    @Column(name = "assessor_id")
    public String assessorId;

    @Enumerated(EnumType.STRING)
    public Decision outcome;

    @Convert(converter = EventColumns.Scores.class)
    public List<CriterionScore> scores;

    public String feedback;

    @Column(name = "total_points")
    public BigDecimal totalPoints;

    @Column(name = "max_points")
    public BigDecimal maxPoints;

    @Column(name = "decided_at")
    public Instant decidedAt;

    public static Judgement of(AssessmentTask task, String role, String assessorId, Decision outcome,
            List<CriterionScore> scores, String feedback, RubricPoints.Totals points, Instant at) {
        Judgement j = new Judgement();
        j.id = UUID.randomUUID();
        j.taskId = task.id;
        j.tenantId = task.tenantId;
        j.role = role;
        j.assessorId = assessorId;
        j.outcome = outcome;
        j.scores = List.copyOf(scores);
        j.feedback = feedback;
        j.totalPoints = points != null ? points.total() : null;
        j.maxPoints = points != null ? points.max() : null;
        j.decidedAt = at;
        return j;
    }
}
