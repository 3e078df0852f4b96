package org.microcred.enrolment.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.microcred.enrolment.service.JourneyProjector;
import org.microcred.support.messaging.EventConsumer;

/** {@code issuance.credentials.v1} onto the dashboard, each event applied once: credential.issued (the enrolment completes, pathways count it) and credential.status.changed. */
@ApplicationScoped
public class IssuanceEventHandler {

    private final EventConsumer consumer;
    private final JourneyProjector projector;

    public IssuanceEventHandler(EventConsumer consumer, JourneyProjector projector) {
        this.consumer = consumer;
        this.projector = projector;
    }

    @Incoming("issuance-events")
    public Uni<Void> onIssuance(String message) {
        return consumer.apply(JourneyProjector.CONSUMER, message, projector::apply);
    }
}
