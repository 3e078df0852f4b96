package org.microcred.submission.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.microcred.submission.service.AssignmentProjector;
import org.microcred.submission.service.CatalogueProjector;
import org.microcred.submission.service.DecisionRecorder;
import org.microcred.submission.service.EnrolmentProjector;
import org.microcred.support.messaging.EventConsumer;

/**
 * The events submissions depend on, each applied once. A topic carries several event types; each
 * handler acts on its own and skips the others.
 */
@ApplicationScoped
public class SubmissionEventHandler {

    private static final String CONSUMER = "submissions";

    private final EventConsumer consumer;
    private final CatalogueProjector catalogue;
    private final EnrolmentProjector enrolments;
    private final AssignmentProjector assignments;
    private final DecisionRecorder decisions;

    public SubmissionEventHandler(EventConsumer consumer, CatalogueProjector catalogue, EnrolmentProjector enrolments,
            AssignmentProjector assignments, DecisionRecorder decisions) {
        this.consumer = consumer;
        this.catalogue = catalogue;
        this.enrolments = enrolments;
        this.assignments = assignments;
        this.decisions = decisions;
    }

    @Incoming("catalogue-events")
    public Uni<Void> onCatalogue(String message) {
        return consumer.apply(CONSUMER, message, catalogue::apply);
    }

    /** enrolment.created and enrolment.status.changed. */
    @Incoming("enrolment-events")
    public Uni<Void> onEnrolment(String message) {
        return consumer.apply(CONSUMER, message, enrolments::apply);
    }

    /** assessment.assigned (who may see an attempt) and assessment.decided (what comes next). */
    @Incoming("assessment-events")
    public Uni<Void> onAssessment(String message) {
        return consumer.apply(CONSUMER, message, event -> assignments.apply(event).chain(() -> decisions.apply(event)));
    }
}
