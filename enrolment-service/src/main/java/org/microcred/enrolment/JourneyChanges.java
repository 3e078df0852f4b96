package org.microcred.enrolment;

import java.time.Instant;
import java.util.UUID;
import org.microcred.events.EventPayload;
import org.microcred.events.assessment.AssessmentAssigned;
import org.microcred.events.assessment.AssessmentDecided;
import org.microcred.events.issuance.AwardAwaitingRelease;
import org.microcred.events.issuance.AwardHeld;
import org.microcred.events.issuance.AwardReleased;
import org.microcred.events.issuance.CredentialIssued;
import org.microcred.events.submission.SubmissionSubmitted;
import org.microcred.events.wallet.CredentialShared;

/**
 * What an event of a later stage does to a journey, as pure rules: the stage moves only forward
 * ({@link Journey#advanceTo}), dates and the latest decision keep the latest value whatever the
 * arrival order, so any order and any number of copies of the same events give the same journey.
 */
public final class JourneyChanges {

    /** The journey an event concerns, the stage it reaches and its step's text. */
    public record Change(UUID enrolmentId, JourneyStage stage, int attempt, String detail) {
    }

    private JourneyChanges() {
    }

    /** The change an event makes, or null when it moves no journey. */
    public static Change of(EventPayload payload) {
        if (payload instanceof SubmissionSubmitted s) {
            return new Change(s.enrolmentId(), JourneyStage.SUBMITTED, s.attempt(),
                    "Attempt " + s.attempt() + " submitted");
        }
        if (payload instanceof AssessmentAssigned a && a.assessorId() != null) {
            // A release (no assessor) is the assessors' business: the earner still sees "in review".
            String who = AssessmentAssigned.SECOND.equals(a.role()) ? "A second assessor" : "An assessor";
            return new Change(a.enrolmentId(), JourneyStage.IN_REVIEW, a.attempt(),
                    who + " is reviewing attempt " + a.attempt());
        }
        if (payload instanceof AssessmentDecided d) {
            JourneyStage stage = switch (d.decision()) {
                case AWARD -> JourneyStage.AWARDED;
                case REVISE -> JourneyStage.REVISE;
                case DENY -> JourneyStage.DENIED;
            };
            return new Change(d.enrolmentId(), stage, d.attempt(),
                    "Attempt " + d.attempt() + " decided: " + d.decision());
        }
        if (payload instanceof CredentialIssued i && i.pathwayId() == null && i.enrolmentId() != null) {
            return new Change(i.enrolmentId(), JourneyStage.ISSUED, 0, "Credential " + i.credentialId() + " issued");
        }
        if (payload instanceof AwardAwaitingRelease a) {
            return new Change(a.enrolmentId(), JourneyStage.AWARDED, 0, "Awarded, awaiting release");
        }
        if (payload instanceof AwardHeld h) {
            return new Change(h.enrolmentId(), JourneyStage.AWARDED, 0,
                    "Under review" + (h.reason() != null ? ": " + h.reason() : ""));
        }
        if (payload instanceof AwardReleased r) {
            return new Change(r.enrolmentId(), JourneyStage.AWARDED, 0, "Released");
        }
        if (payload instanceof CredentialShared s) {
            return new Change(s.enrolmentId(), JourneyStage.SHARED, 0,
                    "Shared" + (s.expiresAt() != null ? " until " + s.expiresAt() : ""));
        }
        return null;
    }

    /** Applies the event to the journey. */
    public static void apply(Journey journey, EventPayload payload, Change change, Instant occurredAt) {
        journey.advanceTo(change.stage(), change.attempt(), occurredAt);
        if (payload instanceof SubmissionSubmitted s) {
            journey.recordSubmission(s.submittedAt() != null ? s.submittedAt() : occurredAt);
        } else if (payload instanceof AssessmentDecided d) {
            journey.recordDecision(d.attempt(), d.decidedAt() != null ? d.decidedAt() : occurredAt, d.feedback());
        } else if (payload instanceof CredentialIssued i) {
            journey.credentialId = i.credentialId();
        } else if (payload instanceof AwardAwaitingRelease) {
            journey.recordRelease(ReleaseState.AWAITING_RELEASE, null, occurredAt);
        } else if (payload instanceof AwardHeld h) {
            journey.recordRelease(ReleaseState.UNDER_REVIEW, h.reason(), occurredAt);
        } else if (payload instanceof AwardReleased) {
            journey.recordRelease(ReleaseState.RELEASED, null, occurredAt);
        } else if (payload instanceof CredentialShared s) {
            journey.recordShare(s.shareId(), s.sharedAt() != null ? s.sharedAt() : occurredAt);
        }
    }
}
