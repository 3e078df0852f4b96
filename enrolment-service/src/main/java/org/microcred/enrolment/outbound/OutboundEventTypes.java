package org.microcred.enrolment.outbound;

import static org.microcred.enrolment.outbound.OutboundEvent.data;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.microcred.events.EventEnvelope;
import org.microcred.events.EventPayload;
import org.microcred.events.assessment.AssessmentDecided;
import org.microcred.events.enrolment.AwardJobFinished;
import org.microcred.events.enrolment.EnrolmentStatus;
import org.microcred.events.enrolment.EnrolmentStatusChanged;
import org.microcred.events.issuance.CredentialIssued;
import org.microcred.events.issuance.CredentialStatusChanged;
import org.microcred.events.wallet.CredentialsClaimed;

/**
 * The event types an endpoint may subscribe to, and how each consumed event becomes one: a small projection (ids,
 * achievement, earner, status, reason), never the internal envelope nor the signed credential. Adding a type is one
 * line of {@link #ALL} (with its projection); its topic's channel must be consumed by {@code OutboundEventHandler}.
 */
public final class OutboundEventTypes {

    /** One internal payload type, the outbound types it may become, and how. */
    record Mapping(Class<? extends EventPayload> payload, Set<String> types,
            Function<EventEnvelope<EventPayload>, Optional<OutboundEvent>> projection) {
    }

    static final List<Mapping> ALL = List.of(
            new Mapping(CredentialIssued.class, Set.of("credential.issued"), OutboundEventTypes::issued),
            new Mapping(CredentialStatusChanged.class,
                    Set.of("credential.revoked", "credential.suspended", "credential.reinstated"),
                    OutboundEventTypes::statusChanged),
            new Mapping(CredentialsClaimed.class, Set.of("credential.claimed"), OutboundEventTypes::claimed),
            new Mapping(AssessmentDecided.class, Set.of("assessment.decided"), OutboundEventTypes::decided),
            new Mapping(EnrolmentStatusChanged.class, Set.of("enrolment.completed"), OutboundEventTypes::completed),
            new Mapping(AwardJobFinished.class, Set.of("award-job.finished"), OutboundEventTypes::jobFinished));

    /** Every type an endpoint may name, in a stable order. */
    public static final Set<String> NAMES = names();

    private OutboundEventTypes() {
    }

    /** What the event becomes, if anything. */
    public static Optional<OutboundEvent> of(EventEnvelope<EventPayload> event) {
        for (Mapping m : ALL) {
            if (m.payload().isInstance(event.payload())) {
                return m.projection().apply(event);
            }
        }
        return Optional.empty();
    }

    private static Set<String> names() {
        Set<String> names = new LinkedHashSet<>();
        ALL.forEach(m -> names.addAll(m.types().stream().sorted().toList()));
        return Set.copyOf(names);
    }

    private static Optional<OutboundEvent> issued(EventEnvelope<EventPayload> e) {
        CredentialIssued c = (CredentialIssued) e.payload();
        return Optional.of(new OutboundEvent("credential.issued", c.credentialId().toString(), data(
                "credentialId", c.credentialId(), "enrolmentId", c.enrolmentId(), "achievementId", c.achievementId(),
                "achievementVersion", c.achievementVersion(), "achievementName", c.achievementName(),
                "pathwayId", c.pathwayId(), "earnerId", c.earnerId(), "issuedAt", c.issuedAt()), c.enrolmentId()));
    }

    private static Optional<OutboundEvent> statusChanged(EventEnvelope<EventPayload> e) {
        CredentialStatusChanged s = (CredentialStatusChanged) e.payload();
        String type = switch (s.status() == null ? "" : s.status()) {
            case "REVOKED" -> "credential.revoked";
            case "SUSPENDED" -> "credential.suspended";
            case "ACTIVE" -> "credential.reinstated";
            default -> null;
        };
        return Optional.ofNullable(type).map(t -> new OutboundEvent(t, s.credentialId().toString(), data(
                "credentialId", s.credentialId(), "enrolmentId", s.enrolmentId(), "earnerId", s.earnerId(),
                "status", s.status(), "reason", s.reason(), "changedAt", s.changedAt()), s.enrolmentId()));
    }

    private static Optional<OutboundEvent> claimed(EventEnvelope<EventPayload> e) {
        CredentialsClaimed c = (CredentialsClaimed) e.payload();
        return Optional.of(new OutboundEvent("credential.claimed", c.unclaimedEarnerId(), data(
                "claimId", c.claimId(), "credentialIds", c.credentialIds(), "earnerId", c.earnerId(),
                "earnerEmail", c.earnerEmail(), "unclaimedEarnerId", c.unclaimedEarnerId(), "claimedAt", c.claimedAt()),
                null));
    }

    private static Optional<OutboundEvent> decided(EventEnvelope<EventPayload> e) {
        AssessmentDecided d = (AssessmentDecided) e.payload();
        return Optional.of(new OutboundEvent("assessment.decided", d.enrolmentId().toString(), data(
                "assessmentId", d.assessmentId(), "enrolmentId", d.enrolmentId(), "achievementId", d.achievementId(),
                "achievementVersion", d.achievementVersion(), "earnerId", d.earnerId(), "earnerEmail", d.earnerEmail(),
                "attempt", d.attempt(), "decision", d.decision() == null ? null : d.decision().name(),
                "basis", d.basis(), "score", d.score(), "decidedAt", d.decidedAt()), null));
    }

    private static Optional<OutboundEvent> completed(EventEnvelope<EventPayload> e) {
        EnrolmentStatusChanged s = (EnrolmentStatusChanged) e.payload();
        if (s.status() != EnrolmentStatus.COMPLETED) {
            return Optional.empty();
        }
        return Optional.of(new OutboundEvent("enrolment.completed", s.enrolmentId().toString(), data(
                "enrolmentId", s.enrolmentId(), "achievementId", s.achievementId(),
                "achievementVersion", s.achievementVersion(), "earnerId", s.earnerId(), "status", s.status().name(),
                "reason", s.reason(), "completedAt", s.changedAt()), s.enrolmentId()));
    }

    private static Optional<OutboundEvent> jobFinished(EventEnvelope<EventPayload> e) {
        AwardJobFinished j = (AwardJobFinished) e.payload();
        return Optional.of(new OutboundEvent("award-job.finished", j.jobId().toString(), data(
                "jobId", j.jobId(), "status", j.status(), "rows", j.rows(), "applied", j.applied(),
                "failed", j.failed(), "rejected", j.rejected(), "cancelled", j.cancelled(),
                "submittedAt", j.submittedAt(), "finishedAt", j.finishedAt()), null));
    }
}
