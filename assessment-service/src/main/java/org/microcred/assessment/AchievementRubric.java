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
import org.microcred.events.catalogue.Rubric;

/** The rubric of one published version of a micro-credential, as the catalogue announced it. */
@Entity
@Table(name = "achievement_rubric")
@IdClass(AchievementRubric.Key.class)
public class AchievementRubric {

    @Id
    @Column(name = "tenant_id")
    public String tenantId;

    @Id
    @Column(name = "achievement_id")
    public UUID achievementId;

    @Id
    public int version;

    public String name;

    @Convert(converter = JsonColumns.RubricColumn.class)
    public Rubric rubric;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "received_at")
    public Instant receivedAt;

    /** The identity of a rubric: each tenant's achievement version has its own. */
    public static class Key implements Serializable {
        public String tenantId;
        public UUID achievementId;
        public int version;

        public Key() {
        }

        public Key(String tenantId, UUID achievementId, int version) {
            this.tenantId = tenantId;
            this.achievementId = achievementId;
            this.version = version;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && version == key.version && Objects.equals(tenantId, key.tenantId)
                    && Objects.equals(achievementId, key.achievementId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenantId, achievementId, version);
        }
    }
}
