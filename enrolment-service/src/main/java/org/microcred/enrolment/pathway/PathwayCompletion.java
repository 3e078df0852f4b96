package org.microcred.enrolment.pathway;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.microcred.enrolment.pathway.repository.PathwayComponentsColumn;
import org.microcred.events.enrolment.PathwayComponent;

/** An earner completed a pathway version: its enrolment.pathway.completed went to the outbox. */
@Entity
@Table(name = "pathway_completion")
@IdClass(PathwayCompletion.Key.class)
public class PathwayCompletion {

    @Id
    @Column(name = "tenant_id")
    public String tenantId;

    @Id
    @Column(name = "earner_id")
    public String earnerId;

    @Id
    @Column(name = "pathway_id")
    public UUID pathwayId;

    @Id
    @Column(name = "pathway_version")
    public int pathwayVersion;

    @Column(name = "completed_at")
    public Instant completedAt;

    @Convert(converter = PathwayComponentsColumn.class)
    public List<PathwayComponent> components;

    public static class Key implements Serializable {
        public String tenantId;
        public String earnerId;
        public UUID pathwayId;
        public int pathwayVersion;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && pathwayVersion == k.pathwayVersion && Objects.equals(tenantId, k.tenantId)
                    && Objects.equals(earnerId, k.earnerId) && Objects.equals(pathwayId, k.pathwayId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenantId, earnerId, pathwayId, pathwayVersion);
        }
    }
}
