package org.microcred.enrolment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import jakarta.persistence.Convert;
import org.microcred.enrolment.repository.JsonColumns;
import org.microcred.events.catalogue.Alignment;
import org.microcred.events.catalogue.EvidencePrompt;
import org.microcred.events.catalogue.Rubric;

/** A micro-credential definition of one institution: what it certifies and how it is judged. */
@Entity
@Table(name = "achievement")
public class Achievement {

    public enum Status { DRAFT, PUBLISHED }

    @Id
    public UUID id;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    public int version;

    @Enumerated(EnumType.STRING)
    public Status status;

    public String name;

    public String description;

    @Column(name = "competency_statement")
    public String competencyStatement;

    @Column(name = "criteria_narrative")
    public String criteriaNarrative;

    @Column(name = "achievement_type")
    public String achievementType;

    @Convert(converter = JsonColumns.Prompts.class)
    @Column(name = "evidence_prompts")
    public List<EvidencePrompt> evidencePrompts;

    @Convert(converter = JsonColumns.RubricColumn.class)
    public Rubric rubric;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    // The descriptive fields the credential states; all optional (null when not given).
    @Convert(converter = JsonColumns.Alignments.class)
    public List<Alignment> alignments;

    @Column(name = "credits_available")
    public BigDecimal creditsAvailable;

    @Column(name = "field_of_study")
    public String fieldOfStudy;

    @Column(name = "human_code")
    public String humanCode;

    @Convert(converter = JsonColumns.Tags.class)
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

    public boolean isPublished() {
        return status == Status.PUBLISHED;
    }
}
