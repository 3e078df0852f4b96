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
import org.microcred.events.catalogue.AchievementPublished;
import org.microcred.events.catalogue.ProgressRule;
import org.microcred.events.catalogue.Rubric;
import org.microcred.support.persistence.EventColumns;

/**
 * What assessment needs from one published version of a micro-credential, as the catalogue
 * announced it: its rubric, how it is earned, the feedback target, the attempt limit and second
 * marking. A published version is immutable, so this never changes once known.
 */
@Entity
@Table(name = "achievement_version")
@IdClass(AchievementVersion.Key.class)
public class AchievementVersion {

    public static final int DEFAULT_FEEDBACK_TARGET_DAYS = 14;
    public static final int DEFAULT_MAX_ATTEMPTS = 3;

    @Id
    @Column(name = "tenant_id")
    public String tenantId;

    @Id
    @Column(name = "achievement_id")
    public UUID achievementId;

    @Id
    public int version;

    public String name;

    /** Null only for a progress micro-credential defined without one. */
    @Convert(converter = EventColumns.RubricColumn.class)
    public Rubric rubric;

    @Column(name = "benchmark_kind")
    public String benchmarkKind;

    @Convert(converter = EventColumns.ProgressRuleColumn.class)
    @Column(name = "progress_rule")
    public ProgressRule progressRule;

    @Column(name = "feedback_target_days")
    public int feedbackTargetDays;

    @Column(name = "max_attempts")
    public int maxAttempts;

    @Column(name = "second_marking_mode")
    public String secondMarkingMode;

    /** Only with mode {@code sample}: the share of awards second-marked. */
    @Column(name = "second_marking_percent")
    public Integer secondMarkingPercent;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "received_at")
    public Instant receivedAt;

    public boolean isProgress() {
        return AchievementPublished.PROGRESS.equals(benchmarkKind);
    }

    /** The identity of a version: each tenant's achievement version has its own. */
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
