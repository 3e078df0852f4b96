package org.microcred.enrolment.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.microcred.enrolment.service.JourneyProjector;
import org.microcred.support.messaging.EventConsumer;

/** {@code assessment.events.v1} onto the dashboard, each event applied once: assessment.assigned (IN_REVIEW) and assessment.decided (the decision and its feedback). */
@ApplicationScoped
public class AssessmentEventHandler {

    private final EventConsumer consumer;
    private final JourneyProjector projector;

    public AssessmentEventHandler(EventConsumer consumer, JourneyProjector projector) {
        this.consumer = consumer;
        this.projector = projector;
    }

    @Incoming("assessment-events")
    public Uni<Void> onAssessment(String message) {
        return consumer.apply(JourneyProjector.CONSUMER, message, projector::apply);
    }
}
