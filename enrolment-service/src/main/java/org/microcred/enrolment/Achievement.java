package org.microcred.enrolment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import jakarta.persistence.Convert;
import org.microcred.enrolment.repository.JsonColumns;
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

    public boolean isPublished() {
        return status == Status.PUBLISHED;
    }
}
