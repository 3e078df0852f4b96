package org.microcred.enrolment.analytics.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.microcred.enrolment.analytics.service.AnalyticsProjector;
import org.microcred.support.messaging.EventConsumer;

/**
 * The events the program analytics count, read by channels of their own in the consumer group
 * {@code enrolment-analytics}: the same topics as the dashboard's (and this service's own enrolment topic), with their
 * own offsets, so the figures never hold up the journey. Each event is applied once (consumer {@code analytics} in
 * {@code processed_event}); the consumer is the update, so a figure changes as soon as its event is read.
 */
@ApplicationScoped
public class AnalyticsEventHandler {

    private final EventConsumer consumer;
    private final AnalyticsProjector projector;

    public AnalyticsEventHandler(EventConsumer consumer, AnalyticsProjector projector) {
        this.consumer = consumer;
        this.projector = projector;
    }

    /** enrolment.created, enrolment.status.changed (withdrawn, expired), enrolment.pathway.completed. */
    @Incoming("analytics-enrolment")
    public Uni<Void> onEnrolment(String message) {
        return consumer.apply(AnalyticsProjector.CONSUMER, message, projector::apply);
    }

    /** submission.draft.started, submission.submitted. */
    @Incoming("analytics-submission")
    public Uni<Void> onSubmission(String message) {
        return consumer.apply(AnalyticsProjector.CONSUMER, message, projector::apply);
    }

    /** assessment.assigned, assessment.decided. */
    @Incoming("analytics-assessment")
    public Uni<Void> onAssessment(String message) {
        return consumer.apply(AnalyticsProjector.CONSUMER, message, projector::apply);
    }

    /** credential.issued. */
    @Incoming("analytics-issuance")
    public Uni<Void> onIssuance(String message) {
        return consumer.apply(AnalyticsProjector.CONSUMER, message, projector::apply);
    }

    /** wallet.credential.shared, wallet.credentials.claimed. */
    @Incoming("analytics-wallet")
    public Uni<Void> onWallet(String message) {
        return consumer.apply(AnalyticsProjector.CONSUMER, message, projector::apply);
    }
}
