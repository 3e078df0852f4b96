package org.microcred.enrolment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Where one earner's journey toward one micro-credential stands: a row of the dashboard. */
@Entity
@Table(name = "journey")
public class Journey {

    @Id
    @Column(name = "enrolment_id")
    public UUID enrolmentId;

    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "earner_id")
    public String earnerId;

    @Column(name = "achievement_id")
    public UUID achievementId;

    @Column(name = "achievement_name")
    public String achievementName;

    @Enumerated(EnumType.STRING)
    public JourneyStage stage;

    /** The attempt the stage belongs to (0 before the first submission). */
    public int attempt;

    @Column(name = "latest_feedback")
    public String latestFeedback;

    @Column(name = "credential_id")
    public UUID credentialId;

    @Column(name = "share_id")
    public UUID shareId;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /**
     * Moves the journey to {@code next} of {@code nextAttempt} unless it already stands further:
     * events of different stages arrive on different topics, in any order, and may be replayed.
     */
    public boolean advanceTo(JourneyStage next, int nextAttempt, Instant at) {
        if (JourneyStage.position(next, nextAttempt) <= JourneyStage.position(stage, attempt)) {
            return false;
        }
        stage = next;
        attempt = Math.max(attempt, nextAttempt);
        updatedAt = at;
        return true;
    }
}
