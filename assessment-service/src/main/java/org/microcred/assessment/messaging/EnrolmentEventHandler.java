package org.microcred.assessment.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.microcred.assessment.service.EnrolmentClosures;
import org.microcred.assessment.service.ProgressService;
import org.microcred.support.messaging.EventConsumer;

/**
 * {@code enrolment.events.v1}: LMS progress and enrolment endings, each event applied once. Each service below
 * skips the events that are not its own, and the topic's other events are not assessment's business.
 */
@ApplicationScoped
public class EnrolmentEventHandler {

    private final EventConsumer consumer;
    private final ProgressService progress;
    private final EnrolmentClosures closures;

    public EnrolmentEventHandler(EventConsumer consumer, ProgressService progress, EnrolmentClosures closures) {
        this.consumer = consumer;
        this.progress = progress;
        this.closures = closures;
    }

    @Incoming("enrolment-events")
    public Uni<Void> onEnrolment(String message) {
        return consumer.apply("enrolment-events", message, event -> progress.apply(event)
                .chain(() -> closures.apply(event)));
    }
}
