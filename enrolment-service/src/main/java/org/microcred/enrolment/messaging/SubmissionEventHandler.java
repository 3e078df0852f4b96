package org.microcred.enrolment.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.microcred.enrolment.service.JourneyProjector;
import org.microcred.support.messaging.EventConsumer;

/** {@code submission.events.v1} onto the dashboard, each event applied once: submission.submitted: the journey reaches SUBMITTED. */
@ApplicationScoped
public class SubmissionEventHandler {

    private final EventConsumer consumer;
    private final JourneyProjector projector;

    public SubmissionEventHandler(EventConsumer consumer, JourneyProjector projector) {
        this.consumer = consumer;
        this.projector = projector;
    }

    @Incoming("submission-events")
    public Uni<Void> onSubmission(String message) {
        return consumer.apply(JourneyProjector.CONSUMER, message, projector::apply);
    }
}
