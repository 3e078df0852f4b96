package org.microcred.enrolment.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jboss.logging.Logger;
import org.microcred.enrolment.EnrolmentRef;
import org.microcred.enrolment.Journey;
import org.microcred.enrolment.JourneyChanges.Change;
import org.microcred.enrolment.JourneyChanges;
import org.microcred.enrolment.JourneyFeedback;
import org.microcred.enrolment.JourneyStep;
import org.microcred.enrolment.pathway.EarnedCredential;
import org.microcred.enrolment.pathway.service.PathwayProgressService;
import org.microcred.enrolment.repository.EnrolmentRepository;
import org.microcred.enrolment.repository.JourneyRepository;
import org.microcred.events.EventEnvelope;
import org.microcred.events.EventPayload;
import org.microcred.events.assessment.AssessmentDecided;
import org.microcred.events.issuance.CredentialIssued;
import org.microcred.events.issuance.CredentialStatusChanged;

/**
 * Projects the events of every stage onto the earner's dashboard. Runs inside the consumer's
 * transaction (the event id is recorded with the effects); replays and out-of-order arrivals leave
 * the same dashboard. An issued credential also completes the enrolment and counts toward pathways;
 * a credential's later status (revoked, suspended, reinstated) is kept by {@link CredentialStatusProjector}.
 * Lock order as everywhere: seat, enrolment, journey.
 */
@ApplicationScoped
public class JourneyProjector {

    /**
     * The consumer name the four dashboard handlers record processed events under: one name, as when
     * one class consumed the four topics, so the event ids already recorded still count.
     */
    public static final String CONSUMER = "dashboard";

    private static final Logger LOG = Logger.getLogger(JourneyProjector.class);

    private final JourneyRepository journeys;
    private final EnrolmentRepository enrolments;
    private final EnrolmentStatusService statuses;
    private final PathwayProgressService pathways;
    private final CredentialStatusProjector credentialStatuses;

    public JourneyProjector(JourneyRepository journeys, EnrolmentRepository enrolments,
            EnrolmentStatusService statuses, PathwayProgressService pathways,
            CredentialStatusProjector credentialStatuses) {
        this.journeys = journeys;
        this.enrolments = enrolments;
        this.statuses = statuses;
        this.pathways = pathways;
        this.credentialStatuses = credentialStatuses;
    }

    public Uni<Void> apply(EventEnvelope<EventPayload> event) {
        EventPayload payload = event.payload();
        if (payload instanceof CredentialStatusChanged changed) {
            return credentialStatuses.apply(event, changed);
        }
        if (payload instanceof CredentialIssued issued && issued.pathwayId() != null) {
            return pathways.recordPathwayCredential(event.tenantId(), issued.earnerId(), issued.pathwayId(),
                    issued.credentialId());
        }
        Change change = JourneyChanges.of(payload);
        if (change == null) {
            return Uni.createFrom().voidItem();
        }
        return enrolments.ref(change.enrolmentId()).chain(ref -> {
            if (ref == null || !ref.tenantId().equals(event.tenantId())) {
                // The enrolment is committed before any later stage can name it, so this is an
                // event of another deployment sharing the topic: nothing of ours to update.
                LOG.warnf("No enrolment %s for %s %s", change.enrolmentId(), event.type(), event.eventId());
                return Uni.createFrom().voidItem();
            }
            Uni<Void> before = payload instanceof CredentialIssued issued ? completed(ref, issued)
                    : enrolments.touch(ref.id(), event.occurredAt()).replaceWithVoid();
            return before.chain(() -> journeys.lock(ref.id()))
                    .chain(journey -> project(journey, event, change));
        });
    }

    private Uni<Void> project(Journey journey, EventEnvelope<EventPayload> event, Change change) {
        JourneyChanges.apply(journey, event.payload(), change, event.occurredAt());
        Uni<Boolean> feedback = event.payload() instanceof AssessmentDecided decided
                ? journeys.addFeedback(feedbackOf(event, decided))
                : Uni.createFrom().item(false);
        return feedback.chain(() -> journeys.addStep(step(event, change))).replaceWithVoid();
    }

    /** The credential ends the enrolment (COMPLETED, its place freed) and counts toward pathways. */
    private Uni<Void> completed(EnrolmentRef ref, CredentialIssued issued) {
        return statuses.complete(ref).chain(enrolment -> pathways.recordEarned(new EarnedCredential(
                enrolment.tenantId, enrolment.earnerId, enrolment.earnerEmail, enrolment.earnerName,
                issued.achievementId(), issued.achievementVersion(), issued.achievementName(), issued.credentialId(),
                issued.issuedAt())));
    }

    private static JourneyFeedback feedbackOf(EventEnvelope<EventPayload> event, AssessmentDecided decided) {
        JourneyFeedback feedback = new JourneyFeedback();
        feedback.eventId = event.eventId();
        feedback.enrolmentId = decided.enrolmentId();
        feedback.attempt = decided.attempt();
        feedback.decision = decided.decision().name();
        feedback.basis = decided.basis() != null ? decided.basis() : AssessmentDecided.RUBRIC;
        feedback.feedback = decided.feedback();
        feedback.scores = decided.scores() != null ? decided.scores() : List.of();
        feedback.score = decided.score();
        feedback.decidedAt = decided.decidedAt() != null ? decided.decidedAt() : event.occurredAt();
        return feedback;
    }

    private static JourneyStep step(EventEnvelope<EventPayload> event, Change change) {
        return JourneyStep.of(event.eventId(), change.enrolmentId(), change.stage(), change.attempt(),
                event.occurredAt(), change.detail());
    }
}
