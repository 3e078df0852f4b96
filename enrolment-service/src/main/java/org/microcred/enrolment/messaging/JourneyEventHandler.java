package org.microcred.enrolment.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.microcred.enrolment.service.JourneyProjector;
import org.microcred.support.messaging.EventConsumer;

/** Feeds the events of the later stages to the dashboard, each applied once. */
@ApplicationScoped
public class JourneyEventHandler {

    private static final String CONSUMER = "dashboard";

    private final EventConsumer consumer;
    private final JourneyProjector projector;

    public JourneyEventHandler(EventConsumer consumer, JourneyProjector projector) {
        this.consumer = consumer;
        this.projector = projector;
    }

    @Incoming("submission-events")
    public Uni<Void> onSubmission(String message) {
        return consumer.apply(CONSUMER, message, projector::apply);
    }

    @Incoming("assessment-events")
    public Uni<Void> onAssessment(String message) {
        return consumer.apply(CONSUMER, message, projector::apply);
    }

    @Incoming("issuance-events")
    public Uni<Void> onIssuance(String message) {
        return consumer.apply(CONSUMER, message, projector::apply);
    }

    @Incoming("wallet-events")
    public Uni<Void> onWallet(String message) {
        return consumer.apply(CONSUMER, message, projector::apply);
    }
}
