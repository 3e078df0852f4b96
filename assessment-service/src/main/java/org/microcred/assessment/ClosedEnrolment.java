package org.microcred.assessment;

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
 * An enrolment that ended (withdrawn, expired or declined): nothing more is assessed or
 * auto-decided for it. Kept because the status change may arrive before the work it stops.
 */
@Entity
@Table(name = "closed_enrolment")
@IdClass(ClosedEnrolment.Key.class)
public class ClosedEnrolment {

    @Id
    @Column(name = "tenant_id")
    public String tenantId;

    @Id
    @Column(name = "enrolment_id")
    public UUID enrolmentId;

    @Column(name = "earner_id")
    public String earnerId;

    public String status;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "received_at")
    public Instant receivedAt;

    public static class Key implements Serializable {
        public String tenantId;
        public UUID enrolmentId;

        public Key() {
        }

        public Key(String tenantId, UUID enrolmentId) {
            this.tenantId = tenantId;
            this.enrolmentId = enrolmentId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(tenantId, key.tenantId)
                    && Objects.equals(enrolmentId, key.enrolmentId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenantId, enrolmentId);
        }
    }
}
