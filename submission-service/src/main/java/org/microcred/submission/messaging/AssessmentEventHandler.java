package org.microcred.submission.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.microcred.submission.service.AssignmentProjector;
import org.microcred.submission.service.DecisionRecorder;
import org.microcred.support.messaging.EventConsumer;

/**
 * {@code assessment.events.v1}, each event once: assessment.assigned (who may see an attempt) and
 * assessment.decided (what comes next). Each service acts on its own type and skips the other.
 */
@ApplicationScoped
public class AssessmentEventHandler {

    private final EventConsumer consumer;
    private final AssignmentProjector assignments;
    private final DecisionRecorder decisions;

    public AssessmentEventHandler(EventConsumer consumer, AssignmentProjector assignments,
            DecisionRecorder decisions) {
        this.consumer = consumer;
        this.assignments = assignments;
        this.decisions = decisions;
    }

    @Incoming("assessment-events")
    public Uni<Void> onAssessment(String message) {
        return consumer.apply(EventConsumers.SUBMISSIONS, message,
                event -> assignments.apply(event).chain(() -> decisions.apply(event)));
    }
}
