package org.microcred.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.microcred.assessment.repository.JsonColumns;
import org.microcred.events.enrolment.ActivityReported;

/** An LMS report waiting for its version's catalogue event; decided, then deleted, when that arrives. */
@Entity
@Table(name = "parked_progress_report")
@IdClass(ParkedReport.Key.class)
public class ParkedReport {

    @Id
    @Column(name = "tenant_id")
    public String tenantId;

    @Id
    @Column(name = "report_id")
    public UUID reportId;

    @Column(name = "enrolment_id")
    public UUID enrolmentId;

    @Column(name = "achievement_id")
    public UUID achievementId;

    @Column(name = "achievement_version")
    public int achievementVersion;

    @Convert(converter = JsonColumns.Report.class)
    public ActivityReported report;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    @Column(name = "parked_at")
    public Instant parkedAt;

    public static class Key implements Serializable {
        public String tenantId;
        public UUID reportId;

        public Key() {
        }

        public Key(String tenantId, UUID reportId) {
            this.tenantId = tenantId;
            this.reportId = reportId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(tenantId, key.tenantId)
                    && Objects.equals(reportId, key.reportId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenantId, reportId);
        }
    }
}
