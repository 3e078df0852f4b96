package org.microcred.issuance.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.microcred.events.enrolment.PathwayCompleted;
import org.microcred.issuance.service.PathwayService;
import org.microcred.support.audit.AuditActors;
import org.microcred.support.messaging.EventConsumer;

/**
 * {@code enrolment.events.v1}: a completed pathway issues its stacked credential, once. The topic is busy
 * (enrolments, status changes, LMS activity) and issuance wants only {@code enrolment.pathway.completed}: the
 * consumer passes the others over, without a transaction or a processed-event row each.
 */
@ApplicationScoped
public class EnrolmentEventHandler {

    private final EventConsumer consumer;
    private final PathwayService pathways;
    private final AuditActors actors;

    public EnrolmentEventHandler(EventConsumer consumer, PathwayService pathways, AuditActors actors) {
        this.actors = actors;
        this.consumer = consumer;
        this.pathways = pathways;
    }

    @Incoming("enrolment-events")
    public Uni<Void> onEnrolment(String message) {
        return consumer.apply("pathways", message, PathwayCompleted.class,
                event -> pathways.completed(event.tenantId(), (PathwayCompleted) event.payload(),
                        actors.event(event)));
    }
}
