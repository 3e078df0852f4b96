package org.microcred.enrolment.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import org.microcred.enrolment.Enrolment;
import org.microcred.enrolment.Journey;
import org.microcred.enrolment.JourneyStage;
import org.microcred.enrolment.JourneyStep;
import org.microcred.enrolment.repository.JourneyRepository;
import org.microcred.events.enrolment.EnrolmentStatus;
import org.microcred.events.enrolment.EnrolmentStatusChanged;
import org.microcred.support.outbox.Outbox;

/**
 * Moves an enrolment to a new status. Inside the caller's transaction it writes the change, its
 * {@code enrolment.status.changed} event (outbox) and the journey's new stage and step together, so
 * the dashboard never disagrees with the enrolment and no event is lost or invented.
 * Callers hold the micro-credential's seat lock and the enrolment's row lock (see {@link Seats}).
 */
@ApplicationScoped
public class EnrolmentTransitions {

    private final JourneyRepository journeys;
    private final Outbox outbox;

    public EnrolmentTransitions(JourneyRepository journeys, Outbox outbox) {
        this.journeys = journeys;
        this.outbox = outbox;
    }

    public Uni<Enrolment> change(Enrolment enrolment, EnrolmentStatus to, String reason, Instant at) {
        EnrolmentStatus from = enrolment.status;
        enrolment.status = to;
        enrolment.statusReason = reason;
        enrolment.statusChangedAt = at;
        if (to == EnrolmentStatus.ACTIVE) {
            // Confirmation or promotion starts the clock of the inactivity expiry afresh.
            enrolment.lastActivityAt = at;
        }
        EnrolmentStatusChanged event = new EnrolmentStatusChanged(enrolment.id, enrolment.achievementId,
                enrolment.achievementVersion, enrolment.earnerId, to, from, reason, at);
        String key = enrolment.id.toString();
        return outbox.add(enrolment.tenantId, key, key, event)
                .chain(envelope -> journeys.lock(enrolment.id)
                        .chain(journey -> journey == null ? Uni.createFrom().voidItem()
                                : moveJourney(journey, envelope.eventId(), from, to, reason, at)))
                .replaceWith(enrolment);
    }

    private Uni<Void> moveJourney(Journey journey, UUID eventId, EnrolmentStatus from, EnrolmentStatus to,
            String reason, Instant at) {
        journey.enrolmentStatus = to;
        JourneyStage stage = JourneyStage.of(to);
        if (stage == null) {
            return Uni.createFrom().voidItem(); // COMPLETED: the credential's own step says it
        }
        journey.advanceTo(stage, 0, at);
        return journeys.addStep(JourneyStep.of(eventId, journey.enrolmentId, stage, journey.attempt, at,
                detail(from, to, reason))).replaceWithVoid();
    }

    static String detail(EnrolmentStatus from, EnrolmentStatus to, String reason) {
        String what = switch (to) {
            case ACTIVE -> from == EnrolmentStatus.WAITLISTED ? "A place became free: enrolment active"
                    : "Enrolment confirmed";
            case PENDING_CONFIRMATION -> "A place became free: waiting for confirmation";
            case WITHDRAWN -> "Withdrawn";
            case EXPIRED -> "Expired";
            case DECLINED -> "Enrolment declined";
            default -> to.name();
        };
        return reason == null || reason.isBlank() ? what : what + ": " + reason;
    }
}
