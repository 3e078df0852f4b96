package org.microcred.submission.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.microcred.submission.service.DecisionRecorder;
import org.microcred.submission.service.ReadModelProjector;
import org.microcred.support.messaging.EventConsumer;

/** The events submissions depend on, each applied once. */
@ApplicationScoped
public class SubmissionEventHandler {

    private static final String CONSUMER = "submissions";

    private final EventConsumer consumer;
    private final ReadModelProjector readModels;
    private final DecisionRecorder decisions;

    public SubmissionEventHandler(EventConsumer consumer, ReadModelProjector readModels, DecisionRecorder decisions) {
        this.consumer = consumer;
        this.readModels = readModels;
        this.decisions = decisions;
    }

    @Incoming("catalogue-events")
    public Uni<Void> onCatalogue(String message) {
        return consumer.apply(CONSUMER, message, readModels::apply);
    }

    @Incoming("enrolment-events")
    public Uni<Void> onEnrolment(String message) {
        return consumer.apply(CONSUMER, message, readModels::apply);
    }

    @Incoming("assessment-events")
    public Uni<Void> onAssessment(String message) {
        return consumer.apply(CONSUMER, message, decisions::apply);
    }
}
