package org.microcred.issuance;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.microcred.events.assessment.AssessmentDecided;
import org.microcred.issuance.repository.JsonColumns;

/**
 * An award of a micro-credential version with a release gate: the decision is kept, unsigned, until a
 * release-manager releases it (its credential is then issued in the same transaction) or holds it back.
 */
@Entity
@Table(name = "award_release")
public class AwardRelease {

    @Id
    public UUID id;

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

    @Column(name = "enrolment_id", nullable = false)
    public UUID enrolmentId;

    @Column(name = "achievement_name", nullable = false)
    public String achievementName;

    @Convert(converter = JsonColumns.Award.class)
    @Column(nullable = false)
    public AssessmentDecided award;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReleaseState state;

    /** When the award was decided: what the date-range filters and bulk release read. */
    @Column(name = "awarded_at", nullable = false)
    public Instant awardedAt;

    @Column(name = "hold_reason")
    public String holdReason;

    /** Whether the earner may read {@link #holdReason}; otherwise they only see that the award is under review. */
    @Column(name = "reason_shared")
    public boolean reasonShared;

    @Column(name = "held_by")
    public String heldBy;

    @Column(name = "held_at")
    public Instant heldAt;

    @Column(name = "released_by")
    public String releasedBy;

    @Column(name = "released_at")
    public Instant releasedAt;

    @Column(name = "credential_id")
    public UUID credentialId;

    public static AwardRelease awaiting(String tenantId, CatalogueAchievement achievement, AssessmentDecided award,
            Instant receivedAt) {
        AwardRelease release = new AwardRelease();
        release.id = UUID.randomUUID();
        release.tenantId = tenantId;
        release.earnerId = award.earnerId();
        release.achievementId = award.achievementId();
        release.achievementVersion = award.achievementVersion();
        release.assessmentId = award.assessmentId();
        release.enrolmentId = award.enrolmentId();
        release.achievementName = achievement.name;
        release.award = award;
        release.state = ReleaseState.AWAITING_RELEASE;
        release.awardedAt = (award.decidedAt() != null ? award.decidedAt() : receivedAt)
                .truncatedTo(ChronoUnit.MICROS);
        return release;
    }

    public void hold(String reason, boolean shared, String by, Instant at) {
        state = ReleaseState.HELD;
        holdReason = reason;
        reasonShared = shared;
        heldBy = by;
        heldAt = at;
    }

    public void released(UUID credential, String by, Instant at) {
        state = ReleaseState.RELEASED;
        credentialId = credential;
        releasedBy = by;
        releasedAt = at;
    }
}
