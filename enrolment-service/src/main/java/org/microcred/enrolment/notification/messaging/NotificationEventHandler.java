package org.microcred.enrolment.notification.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.microcred.enrolment.notification.service.NotificationRecorder;
import org.microcred.support.messaging.EventConsumer;

/**
 * The events that notify an earner, read by channels of their own in the consumer group
 * {@code enrolment-notifications}: they read the same topics as the dashboard's handlers but keep their own offsets,
 * so the journey never waits on a mail and a mail never changes the journey. Each event is applied once (consumer
 * {@code notifications} in {@code processed_event}), writing its notification row in that transaction.
 */
@ApplicationScoped
public class NotificationEventHandler {

    static final String CONSUMER = "notifications";

    private final EventConsumer consumer;
    private final NotificationRecorder recorder;

    public NotificationEventHandler(EventConsumer consumer, NotificationRecorder recorder) {
        this.consumer = consumer;
        this.recorder = recorder;
    }

    /** assessment.decided: feedback, a revision asked, or an award. */
    @Incoming("notify-assessment")
    public Uni<Void> onAssessment(String message) {
        return consumer.apply(CONSUMER, message, recorder::onEvent);
    }

    /** credential.issued and credential.status.changed (revoked, suspended). */
    @Incoming("notify-issuance")
    public Uni<Void> onIssuance(String message) {
        return consumer.apply(CONSUMER, message, recorder::onEvent);
    }
}
