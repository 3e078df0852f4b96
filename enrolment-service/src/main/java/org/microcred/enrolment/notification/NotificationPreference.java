package org.microcred.enrolment.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** One kind an earner turned off, or on again (table {@code notification_preference}; no row = on). */
@Entity
@Table(name = "notification_preference")
@IdClass(NotificationPreference.Key.class)
public class NotificationPreference {

    @Id
    @Column(name = "tenant_id")
    public String tenantId;

    @Id
    @Column(name = "earner_id")
    public String earnerId;

    @Id
    public String kind;

    public boolean enabled;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public static class Key implements Serializable {
        public String tenantId;
        public String earnerId;
        public String kind;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(tenantId, k.tenantId) && Objects.equals(earnerId, k.earnerId)
                    && Objects.equals(kind, k.kind);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenantId, earnerId, kind);
        }
    }
}
