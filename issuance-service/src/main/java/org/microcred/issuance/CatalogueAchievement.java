package org.microcred.issuance;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.microcred.events.catalogue.AchievementPublished;
import org.microcred.events.catalogue.Alignment;
import org.microcred.events.catalogue.EvidencePrompt;
import org.microcred.events.catalogue.ProgressRule;
import org.microcred.events.catalogue.Rubric;
import org.microcred.support.persistence.EventColumns;

/**
 * One published version of a micro-credential, as the catalogue announced it: what issuance
 * states about the achievement in a credential. Local read model; enrolment-service owns it.
 */
@Entity
@Table(name = "catalogue_achievement")
public class CatalogueAchievement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "achievement_id", nullable = false)
    public UUID achievementId;

    public int version;

    public String name;

    public String description;

    @Column(name = "criteria_narrative")
    public String criteriaNarrative;

    @Column(name = "achievement_type")
    public String achievementType;

    @Convert(converter = EventColumns.Prompts.class)
    @Column(name = "evidence_prompts")
    public List<EvidencePrompt> evidencePrompts;

    @Convert(converter = EventColumns.RubricColumn.class)
    public Rubric rubric;

    @Column(name = "published_at")
    public Instant publishedAt;

    // Descriptive fields (null or empty when the catalogue did not give them).
    @Convert(converter = EventColumns.Alignments.class)
    public List<Alignment> alignments;

    @Column(name = "credits_available")
    public BigDecimal creditsAvailable;

    @Column(name = "field_of_study")
    public String fieldOfStudy;

    @Column(name = "human_code")
    public String humanCode;

    @Convert(converter = EventColumns.Tags.class)
    public List<String> tags;

    @Column(name = "image_url")
    public String imageUrl;

    @Column(name = "in_language")
    public String inLanguage;

    /** Kept for the record; OB 3.0 has no Achievement term for it, so credentials leave it out. */
    public String level;

    /** Kept for the record; OB 3.0 has no Achievement term for it, so credentials leave it out. */
    @Column(name = "size_hours")
    public Integer sizeHours;

    /** Days a credential for this version stays valid (its validUntil); null: it does not expire. */
    @Column(name = "validity_days")
    public Integer validityDays;

    /** {@code performance} (assessor and rubric) or {@code progress} (LMS activity); null: performance. */
    @Column(name = "benchmark_kind")
    public String benchmarkKind;

    /** How a {@code progress} version is earned; null for performance versions. */
    @Convert(converter = EventColumns.ProgressRuleColumn.class)
    @Column(name = "progress_rule")
    public ProgressRule progressRule;

    /** Whether awards of this version wait for a release-manager ({@code AwardRelease}) before they are issued. */
    @Column(name = "release_gate")
    public boolean releaseGate;

    /** Whether LMS progress earns this version, rather than an assessor's judgement of evidence. */
    public boolean isProgress() {
        return AchievementPublished.PROGRESS.equals(benchmarkKind);
    }
}
