package org.microcred.submission;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.microcred.events.submission.WrittenAnswer;
import org.microcred.support.persistence.EventColumns;

/** One attempt of evidence for an enrolment: a draft until submitted, then kept as it was sent. */
@Entity
@Table(name = "submission")
public class Submission {

    @Id
    public UUID id;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "enrolment_id", nullable = false)
    public UUID enrolmentId;

    @Column(name = "earner_id", nullable = false)
    public String earnerId;

    public int attempt;

    @Enumerated(EnumType.STRING)
    public SubmissionStatus status;

    @Convert(converter = EventColumns.Answers.class)
    public List<WrittenAnswer> answers;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "decided_at")
    public Instant decidedAt;

    public boolean isDraft() {
        return status == SubmissionStatus.DRAFT;
    }

    public static Submission draft(Enrolment enrolment, int attempt, Instant now) {
        Submission s = new Submission();
        s.id = UUID.randomUUID();
        s.tenantId = enrolment.tenantId;
        s.enrolmentId = enrolment.id;
        s.earnerId = enrolment.earnerId;
        s.attempt = attempt;
        s.status = SubmissionStatus.DRAFT;
        s.answers = List.of();
        s.createdAt = now;
        s.updatedAt = now;
        return s;
    }
}
