package org.microcred.issuance;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.microcred.events.catalogue.EvidencePrompt;
import org.microcred.events.catalogue.Rubric;
import org.microcred.issuance.repository.JsonColumns;

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

    @Convert(converter = JsonColumns.Prompts.class)
    @Column(name = "evidence_prompts")
    public List<EvidencePrompt> evidencePrompts;

    @Convert(converter = JsonColumns.RubricColumn.class)
    public Rubric rubric;

    @Column(name = "published_at")
    public Instant publishedAt;
}
