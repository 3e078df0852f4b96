package org.microcred.submission.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.microcred.submission.service.EnrolmentProjector;
import org.microcred.support.messaging.EventConsumer;

/**
 * {@code enrolment.events.v1}: enrolment.created and enrolment.status.changed, each once; the topic's other
 * events are skipped.
 */
@ApplicationScoped
public class EnrolmentEventHandler {

    private final EventConsumer consumer;
    private final EnrolmentProjector enrolments;

    public EnrolmentEventHandler(EventConsumer consumer, EnrolmentProjector enrolments) {
        this.consumer = consumer;
        this.enrolments = enrolments;
    }

    @Incoming("enrolment-events")
    public Uni<Void> onEnrolment(String message) {
        return consumer.apply(EventConsumers.SUBMISSIONS, message, enrolments::apply);
    }
}
