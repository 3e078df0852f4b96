package org.microcred.submission;

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
import java.util.Optional;
import java.util.UUID;
import org.microcred.events.catalogue.AchievementPublished;
import org.microcred.events.catalogue.EvidencePrompt;
import org.microcred.support.persistence.EventColumns;

/**
 * Read model of the catalogue (from {@code catalogue.achievement.published}): what one published
 * version of a micro-credential asks the earner to show, whether it takes evidence at all, and how
 * many attempts an earner has.
 */
@Entity
@Table(name = "achievement_prompts")
@IdClass(AchievementPrompts.Key.class)
public class AchievementPrompts {

    @Id
    @Column(name = "achievement_id")
    public UUID achievementId;

    @Id
    public int version;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Convert(converter = EventColumns.Prompts.class)
    @Column(name = "evidence_prompts")
    public List<EvidencePrompt> evidencePrompts;

    @Column(name = "published_at")
    public Instant publishedAt;

    /** {@code performance} or {@code progress}; null (older producers) means performance. */
    @Column(name = "benchmark_kind")
    public String benchmarkKind;

    /** Null (older producers): the service's default limit applies. */
    @Column(name = "max_attempts")
    public Integer maxAttempts;

    /** A {@code progress} micro-credential is earned from LMS activity, never from submitted evidence. */
    public boolean takesSubmissions() {
        return !AchievementPublished.PROGRESS.equals(benchmarkKind);
    }

    public int attemptLimit(int defaultLimit) {
        return maxAttempts != null ? maxAttempts : defaultLimit;
    }

    public Optional<EvidencePrompt> prompt(String promptId) {
        return evidencePrompts.stream().filter(p -> p.id().equals(promptId)).findFirst();
    }

    /** An achievement version: the achievement's id and its version number. */
    public static class Key implements Serializable {
        public UUID achievementId;
        public int version;

        public Key() {
        }

        public Key(UUID achievementId, int version) {
            this.achievementId = achievementId;
            this.version = version;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && version == k.version && Objects.equals(achievementId, k.achievementId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(achievementId, version);
        }
    }
}
