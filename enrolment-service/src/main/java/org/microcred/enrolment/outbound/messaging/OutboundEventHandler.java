package org.microcred.enrolment.outbound.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.microcred.enrolment.outbound.service.OutboundRecorder;
import org.microcred.support.messaging.EventConsumer;

/**
 * The events the institutions' endpoints may subscribe to, read by channels of their own in the consumer group
 * {@code enrolment-outbound-webhooks}: the same topics as the dashboard's and the notifications' handlers, with
 * their own offsets, so a slow or failing endpoint never holds up the journey or a mail. Each event is applied once
 * (consumer {@code outbound-webhooks} in {@code processed_event}), writing its deliveries in that transaction.
 */
@ApplicationScoped
public class OutboundEventHandler {

    static final String CONSUMER = "outbound-webhooks";

    private final EventConsumer consumer;
    private final OutboundRecorder recorder;

    public OutboundEventHandler(EventConsumer consumer, OutboundRecorder recorder) {
        this.consumer = consumer;
        this.recorder = recorder;
    }

    /** credential.issued, credential.status.changed. */
    @Incoming("outbound-issuance")
    public Uni<Void> onIssuance(String message) {
        return consumer.apply(CONSUMER, message, recorder::onEvent);
    }

    /** wallet.credentials.claimed. */
    @Incoming("outbound-wallet")
    public Uni<Void> onWallet(String message) {
        return consumer.apply(CONSUMER, message, recorder::onEvent);
    }

    /** assessment.decided. */
    @Incoming("outbound-assessment")
    public Uni<Void> onAssessment(String message) {
        return consumer.apply(CONSUMER, message, recorder::onEvent);
    }

    /** enrolment.status.changed (COMPLETED). */
    @Incoming("outbound-enrolment")
    public Uni<Void> onEnrolment(String message) {
        return consumer.apply(CONSUMER, message, recorder::onEvent);
    }
}
