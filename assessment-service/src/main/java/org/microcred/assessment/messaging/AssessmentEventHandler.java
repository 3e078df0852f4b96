package org.microcred.assessment.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.microcred.assessment.service.RubricProjector;
import org.microcred.assessment.service.TaskIntake;
import org.microcred.support.messaging.EventConsumer;

/** The events assessment needs from other stages, each applied once. */
@ApplicationScoped
public class AssessmentEventHandler {

    private final EventConsumer consumer;
    private final RubricProjector rubrics;
    private final TaskIntake intake;

    public AssessmentEventHandler(EventConsumer consumer, RubricProjector rubrics, TaskIntake intake) {
        this.consumer = consumer;
        this.rubrics = rubrics;
        this.intake = intake;
    }

    @Incoming("catalogue-events")
    public Uni<Void> onCatalogue(String message) {
        return consumer.apply("rubrics", message, rubrics::apply);
    }

    @Incoming("submission-events")
    public Uni<Void> onSubmission(String message) {
        return consumer.apply("assessment-tasks", message, intake::apply);
    }
}
