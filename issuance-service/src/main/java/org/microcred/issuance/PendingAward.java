package org.microcred.issuance;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.microcred.events.assessment.AssessmentDecided;
import org.microcred.issuance.repository.JsonColumns;

/**
 * An award that arrived before its achievement version reached the local catalogue. Events of
 * different topics arrive in any order, so the award waits here instead of being dropped.
 */
@Entity
@Table(name = "pending_award")
public class PendingAward {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "earner_id", nullable = false)
    public String earnerId;

    @Column(name = "achievement_id", nullable = false)
    public UUID achievementId;

    @Column(name = "achievement_version")
    public int achievementVersion;

    @Column(name = "assessment_id", nullable = false)
    public UUID assessmentId;

    @Convert(converter = JsonColumns.Award.class)
    @Column(nullable = false)
    public AssessmentDecided award;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    public static PendingAward of(String tenantId, AssessmentDecided award, Instant receivedAt) {
        PendingAward pending = new PendingAward();
        pending.tenantId = tenantId;
        pending.earnerId = award.earnerId();
        pending.achievementId = award.achievementId();
        pending.achievementVersion = award.achievementVersion();
        pending.assessmentId = award.assessmentId();
        pending.award = award;
        pending.receivedAt = receivedAt;
        return pending;
    }
}
