package org.microcred.assessment.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.microcred.assessment.service.TaskIntake;
import org.microcred.support.messaging.EventConsumer;

/** {@code submission.events.v1}: each submitted attempt becomes an assessment task, once. */
@ApplicationScoped
public class SubmissionEventHandler {

    private final EventConsumer consumer;
    private final TaskIntake intake;

    public SubmissionEventHandler(EventConsumer consumer, TaskIntake intake) {
        this.consumer = consumer;
        this.intake = intake;
    }

    @Incoming("submission-events")
    public Uni<Void> onSubmission(String message) {
        return consumer.apply("assessment-tasks", message, intake::apply);
    }
}
