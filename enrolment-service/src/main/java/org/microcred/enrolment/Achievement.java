package org.microcred.enrolment;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.microcred.enrolment.repository.JsonColumns;
import org.microcred.events.catalogue.Alignment;
import org.microcred.events.catalogue.EvidencePrompt;
import org.microcred.events.catalogue.LearningResource;
import org.microcred.events.catalogue.ProgressRule;
import org.microcred.events.catalogue.Rubric;
import org.microcred.events.catalogue.SecondMarking;
import org.microcred.support.persistence.EventColumns;

/**
 * One version of a micro-credential definition of one institution: what it certifies and how it
 * is judged. One row per (id, version): a published version is never changed, edits make a new one
 * ({@link VersionLifecycle}).
 */
@Entity
@Table(name = "achievement")
@IdClass(Achievement.Key.class)
public class Achievement extends VersionedDefinition {

    @Id
    public UUID id;

    @Id
    public int version;

    public String name;

    public String description;

    @Column(name = "competency_statement")
    public String competencyStatement;

    @Column(name = "criteria_narrative")
    public String criteriaNarrative;

    @Column(name = "achievement_type")
    public String achievementType;

    @Convert(converter = EventColumns.Prompts.class)
    @Column(name = "evidence_prompts")
    public List<EvidencePrompt> evidencePrompts;

    @Convert(converter = EventColumns.RubricColumn.class)
    public Rubric rubric;

    // The descriptive fields the credential states; all optional (null when not given).
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

    public String level;

    @Column(name = "size_hours")
    public Integer sizeHours;

    /** How long a credential for this version stays valid; null: it does not expire. */
    @Column(name = "validity_days")
    public Integer validityDays;

    @Convert(converter = JsonColumns.LearningResources.class)
    @Column(name = "learning_resources")
    public List<LearningResource> learningResources;

    // Defaults below are the contract's; the columns are NOT NULL with the same defaults.
    // How it is judged: "performance" (assessor, evidence, rubric) or "progress" (LMS activity).
    @Column(name = "benchmark_kind")
    public String benchmarkKind = "performance";

    @Convert(converter = EventColumns.ProgressRuleColumn.class)
    @Column(name = "progress_rule")
    public ProgressRule progressRule;

    @Column(name = "delivery_mode")
    public String deliveryMode;

    @Column(name = "feedback_target_days")
    public Integer feedbackTargetDays = 14;

    @Column(name = "max_attempts")
    public Integer maxAttempts = 3;

    @Convert(converter = JsonColumns.SecondMarkingColumn.class)
    @Column(name = "second_marking")
    public SecondMarking secondMarking;

    // The commitment an earner accepts when enrolling in this version.
    @Column(name = "expected_effort_hours")
    public Integer expectedEffortHours;

    public String obligations;

    public BigDecimal cost;

    public String currency;

    @Column(name = "terms_version")
    public String termsVersion = "1";

    /** "automatic" or "staff". */
    @Column(name = "confirmation_mode")
    public String confirmationMode = "automatic";

    /** Places (ACTIVE plus PENDING_CONFIRMATION); null: unlimited. */
    public Integer capacity;

    @Column(name = "enrolment_opens_at")
    public Instant enrolmentOpensAt;

    @Column(name = "enrolment_closes_at")
    public Instant enrolmentClosesAt;

    @Column(name = "activity_starts_at")
    public Instant activityStartsAt;

    @Column(name = "activity_ends_at")
    public Instant activityEndsAt;

    /** An ACTIVE enrolment without journey activity for this long expires; null: never. */
    @Column(name = "inactivity_expiry_days")
    public Integer inactivityExpiryDays;

    /** Awards of this version wait for a release-manager (in issuance-service) before they are issued. */
    @Column(name = "release_gate")
    public boolean releaseGate;


    @Override
    public int versionNumber() {
        return version;
    }

    @Override
    public UUID definitionId() {
        return id;
    }

    @Override
    public String definitionName() {
        return name;
    }

    /** The identity of one version. */
    public static class Key implements Serializable {
        public UUID id;
        public int version;

        public Key() {
        }

        public Key(UUID id, int version) {
            this.id = id;
            this.version = version;
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
