package org.microcred.issuance.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.microcred.events.assessment.AssessmentDecided;
import org.microcred.issuance.service.AwardService;
import org.microcred.support.audit.AuditActors;
import org.microcred.support.messaging.EventConsumer;

/**
 * {@code assessment.events.v1}, each event applied once: an AWARD decision issues a credential (or waits for its
 * achievement version, which comes on another topic in any order); other decisions and events issue nothing.
 */
@ApplicationScoped
public class AssessmentEventHandler {

    private final EventConsumer consumer;
    private final AwardService awards;
    private final AuditActors actors;

    public AssessmentEventHandler(EventConsumer consumer, AwardService awards, AuditActors actors) {
        this.actors = actors;
        this.consumer = consumer;
        this.awards = awards;
    }

    @Incoming("assessment-events")
    public Uni<Void> onAssessment(String message) {
        return consumer.apply("awards", message, event -> event.payload() instanceof AssessmentDecided decided
                ? awards.decided(event.tenantId(), decided, actors.event(event))
                : Uni.createFrom().voidItem()); // assignments are not issuance's concern
    }
}
