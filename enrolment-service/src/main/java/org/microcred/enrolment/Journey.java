package org.microcred.enrolment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.microcred.events.enrolment.EnrolmentStatus;

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

    @Column(name = "achievement_version")
    public int achievementVersion;

    @Column(name = "achievement_name")
    public String achievementName;

    /** {@code performance} or {@code progress}: what the next action asks of the earner. */
    @Column(name = "benchmark_kind")
    public String benchmarkKind;

    @Enumerated(EnumType.STRING)
    public JourneyStage stage;

    @Enumerated(EnumType.STRING)
    @Column(name = "enrolment_status")
    public EnrolmentStatus enrolmentStatus;

    /** The attempt the stage belongs to (0 before the first submission). */
    public int attempt;

    @Column(name = "enrolled_at")
    public Instant enrolledAt;

    @Column(name = "feedback_target_days")
    public int feedbackTargetDays;

    @Column(name = "last_submitted_at")
    public Instant lastSubmittedAt;

    /** The latest decision's feedback, attempt and time: latest by (attempt, decision time). */
    @Column(name = "latest_feedback")
    public String latestFeedback;

    @Column(name = "decided_attempt")
    public Integer decidedAttempt;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "credential_id")
    public UUID credentialId;

    @Column(name = "share_id")
    public UUID shareId;

    @Column(name = "shared_at")
    public Instant sharedAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Where a gated award stands in issuance's release gate; null for an award that needs no release. */
    @Enumerated(EnumType.STRING)
    @Column(name = "release_state")
    public ReleaseState releaseState;

    /** The reason a release-manager holds the award back, only when they shared it with the earner. */
    @Column(name = "release_note")
    public String releaseNote;

    /**
     * Moves the journey to {@code next} of {@code nextAttempt} unless it already stands further:
     * events of different stages arrive on different topics, in any order, and may be replayed.
     * A higher attempt always stands further unless the journey has ended (withdrawn, expired,
     * declined, awarded, issued, shared), so keeping the highest attempt seen is consistent.
     */
    public boolean advanceTo(JourneyStage next, int nextAttempt, Instant at) {
        // The attempt and the time of the last change are maxima: whatever the order, the same result.
        touch(at);
        boolean further = JourneyStage.position(next, nextAttempt) > JourneyStage.position(stage, attempt);
        if (further) {
            stage = next;
        }
        attempt = Math.max(attempt, nextAttempt);
        return further;
    }

    /** Records a decision's feedback if it is the latest one seen, whatever the arrival order. */
    public void recordDecision(int decisionAttempt, Instant at, String feedback) {
        boolean later = decidedAttempt == null || decisionAttempt > decidedAttempt
                || (decisionAttempt == decidedAttempt && (decidedAt == null || at.isAfter(decidedAt)));
        if (later) {
            decidedAttempt = decisionAttempt;
            decidedAt = at;
            latestFeedback = feedback;
        }
        touch(at);
    }

    /**
     * Records a step of the release gate unless a later one was seen (awaiting, under review, released, in that
     * order: issuance sends them in that order on one key, and a replay changes nothing).
     */
    public void recordRelease(ReleaseState state, String note, Instant at) {
        if (releaseState == null || state.ordinal() >= releaseState.ordinal()) {
            releaseState = state;
            releaseNote = state == ReleaseState.UNDER_REVIEW ? note : null;
        }
        touch(at);
    }

    public void recordSubmission(Instant submittedAt) {
        if (submittedAt != null && (lastSubmittedAt == null || submittedAt.isAfter(lastSubmittedAt))) {
            lastSubmittedAt = submittedAt;
        }
    }

    /** Keeps the newest share link (by time, then id), whatever the arrival order. */
    public void recordShare(UUID id, Instant at) {
        boolean newer = sharedAt == null || at.isAfter(sharedAt)
                || (at.equals(sharedAt) && shareId != null && id.compareTo(shareId) > 0);
        if (newer) {
            shareId = id;
            sharedAt = at;
        }
    }

    /** When feedback is due: only while the earner waits for a judgement of their latest attempt. */
    public Instant feedbackDueBy() {
        boolean waiting = stage == JourneyStage.SUBMITTED || stage == JourneyStage.IN_REVIEW;
        return waiting && lastSubmittedAt != null ? lastSubmittedAt.plus(Duration.ofDays(feedbackTargetDays)) : null;
    }

    public String nextAction() {
        if (stage == JourneyStage.AWARDED && releaseState != null) {
            return releaseState.nextAction();
        }
        return stage.nextAction(benchmarkKind);
    }

    private void touch(Instant at) {
        if (at != null && (updatedAt == null || at.isAfter(updatedAt))) {
            updatedAt = at;
        }
    }
}
