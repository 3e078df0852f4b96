package org.microcred.enrolment.pathway;

import org.microcred.enrolment.pathway.repository.PathwayRuleColumn;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One version of a pathway: micro-credentials (and other pathways) that together earn a larger,
 * stacked credential. Like a micro-credential, a published version never changes.
 */
@Entity
@Table(name = "pathway")
@IdClass(Pathway.Key.class)
public class Pathway {

    public enum Status { DRAFT, PUBLISHED, RETIRED }

    @Id
    public UUID id;

    @Id
    public int version;

    @Column(name = "tenant_id")
    public String tenantId;

    @Enumerated(EnumType.STRING)
    public Status status;

    public String name;

    public String description;

    @Column(name = "criteria_narrative")
    public String criteriaNarrative;

    /** The Open Badges achievementType of the stacked credential, for example Certificate. */
    @Column(name = "achievement_type")
    public String achievementType;

    @Column(name = "image_url")
    public String imageUrl;

    @Convert(converter = PathwayRuleColumn.class)
    public PathwayRule rule;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    /** When it stopped being offered (POST /api/v1/pathways/{id}/retire). */
    @Column(name = "retired_at")
    public Instant retiredAt;

    public boolean isDraft() {
        return status == Status.DRAFT;
    }

    public boolean isPublished() {
        return status == Status.PUBLISHED;
    }

    public boolean isRetired() {
        return status == Status.RETIRED;
    }

    /** The identity of one version. */
    public static class Key implements Serializable {
        public UUID id;
        public int version;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && version == k.version && Objects.equals(id, k.id);
        }

        @Override
        public int hashCode() {
            return Objects.hash(id, version);
        }
    }
}
