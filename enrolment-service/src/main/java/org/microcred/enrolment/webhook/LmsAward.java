package org.microcred.enrolment.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * An award an LMS asked for: one per learner and micro-credential version ({@code lms_award_once}), so a repeated
 * request answers this one. A learner without an account has a stand-in earner id and a claim offer.
 */
@Entity
@Table(name = "lms_award")
public class LmsAward {

    @Id
    public UUID id;

    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "earner_id")
    public String earnerId;

    @Column(name = "earner_email")
    public String earnerEmail;

    @Column(name = "student_id")
    public String studentId;

    @Column(name = "achievement_id")
    public UUID achievementId;

    @Column(name = "achievement_version")
    public int achievementVersion;

    @Column(name = "enrolment_id")
    public UUID enrolmentId;

    @Column(name = "webhook_id")
    public String webhookId;

    @Column(name = "requested_at")
    public Instant requestedAt;

    @Column(name = "claim_id")
    public UUID claimId;

    @Column(name = "claim_token")
    public String claimToken;

    @Column(name = "claim_expires_at")
    public Instant claimExpiresAt;

    public boolean isUnclaimed() {
        return claimId != null;
    }
}
