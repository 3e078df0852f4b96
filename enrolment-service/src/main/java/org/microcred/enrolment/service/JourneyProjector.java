package org.microcred.enrolment.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.microcred.enrolment.Journey;
import org.microcred.enrolment.JourneyStage;
import org.microcred.enrolment.JourneyStep;
import org.microcred.enrolment.repository.JourneyRepository;
import org.microcred.events.EventEnvelope;
import org.microcred.events.EventPayload;
import org.microcred.events.assessment.AssessmentDecided;
import org.microcred.events.issuance.CredentialIssued;
import org.microcred.events.submission.SubmissionSubmitted;
import org.microcred.events.wallet.CredentialShared;
import org.microcred.events.wallet.CredentialStored;

/**
 * Projects the events of every stage onto the earner's dashboard. Runs inside the consumer's
 * transaction; replays and out-of-order arrivals leave the same dashboard.
 */
@ApplicationScoped
public class JourneyProjector {

    private static final Logger LOG = Logger.getLogger(JourneyProjector.class);

    /** A change the event makes to a journey. */
    private record Change(UUID enrolmentId, JourneyStage stage, int attempt, String detail) {
    }

    private final JourneyRepository journeys;

    public JourneyProjector(JourneyRepository journeys) {
        this.journeys = journeys;
    }

    public Uni<Void> apply(EventEnvelope<EventPayload> event) {
        Change change = changeOf(event.payload());
        if (change == null) {
            return Uni.createFrom().voidItem();
        }
        return journeys.findById(change.enrolmentId()).chain(journey -> {
            if (journey == null || !journey.tenantId.equals(event.tenantId())) {
                // The enrolment is committed before any later stage can name it, so this is an
                // event of another deployment sharing the topic: nothing of ours to update.
                LOG.warnf("No journey %s for %s %s", change.enrolmentId(), event.type(), event.eventId());
                return Uni.createFrom().voidItem();
            }
            record(journey, event, change);
            return journeys.addStep(step(event, change)).replaceWithVoid();
        });
    }

    private static void record(Journey journey, EventEnvelope<EventPayload> event, Change change) {
        journey.advanceTo(change.stage(), change.attempt(), event.occurredAt());
        EventPayload payload = event.payload();
        if (payload instanceof AssessmentDecided decided && decided.attempt() >= journey.attempt) {
            journey.latestFeedback = decided.feedback();
        } else if (payload instanceof CredentialIssued issued) {
            journey.credentialId = issued.credentialId();
        } else if (payload instanceof CredentialShared shared) {
            journey.shareId = shared.shareId();
        }
    }

    private static Change changeOf(EventPayload payload) {
        if (payload instanceof SubmissionSubmitted s) {
            return new Change(s.enrolmentId(), JourneyStage.SUBMITTED, s.attempt(), "Attempt " + s.attempt() + " submitted");
        }
        if (payload instanceof AssessmentDecided d) {
            JourneyStage stage = switch (d.decision()) {
                case AWARD -> JourneyStage.AWARDED;
                case REVISE -> JourneyStage.REVISE;
                case DENY -> JourneyStage.DENIED;
            };
            return new Change(d.enrolmentId(), stage, d.attempt(), d.feedback());
        }
        if (payload instanceof CredentialIssued i) {
            return new Change(i.enrolmentId(), JourneyStage.ISSUED, 0, "Credential " + i.credentialId() + " issued");
        }
        if (payload instanceof CredentialShared s) {
            return new Change(s.enrolmentId(), JourneyStage.SHARED, 0, "Shared until " + s.expiresAt());
        }
        if (payload instanceof CredentialStored) {
            return null; // arriving in the wallet is not a stage the earner acts on
        }
        return null;
    }

    private static JourneyStep step(EventEnvelope<EventPayload> event, Change change) {
        JourneyStep step = new JourneyStep();
        step.eventId = event.eventId();
        step.enrolmentId = change.enrolmentId();
        step.stage = change.stage();
        step.attempt = change.attempt();
        step.occurredAt = event.occurredAt();
        step.detail = change.detail();
        return step;
    }
}
