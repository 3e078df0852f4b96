package org.microcred.submission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Read model of {@code assessment.assigned}: for one assessment and role ({@code first} or
 * {@code second}), the assessor currently holding it (null when released), as of the highest
 * sequence seen. That assessor may read the attempt's evidence.
 */
@Entity
@Table(name = "assessment_assignment")
@IdClass(Assignment.Key.class)
public class Assignment {

    @Id
    @Column(name = "assessment_id")
    public UUID assessmentId;

    @Id
    public String role;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "submission_id", nullable = false)
    public UUID submissionId;

    @Column(name = "enrolment_id")
    public UUID enrolmentId;

    public int attempt;

    @Column(name = "assessor_id")
    public String assessorId;

    public long sequence;

    @Column(name = "assigned_at")
    public Instant assignedAt;

    /** An assessment's role: which marker. */
    public static class Key implements Serializable {
        public UUID assessmentId;
        public String role;

        public Key() {
        }

        public Key(UUID assessmentId, String role) {
            this.assessmentId = assessmentId;
            this.role = role;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(role, k.role) && Objects.equals(assessmentId, k.assessmentId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(assessmentId, role);
        }
    }
}
