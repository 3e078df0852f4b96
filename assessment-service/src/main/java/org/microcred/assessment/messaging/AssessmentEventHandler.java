package org.microcred.assessment.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.microcred.assessment.service.CatalogueProjector;
import org.microcred.assessment.service.EnrolmentClosures;
import org.microcred.assessment.service.ProgressService;
import org.microcred.assessment.service.TaskIntake;
import org.microcred.support.messaging.EventConsumer;

/** The events assessment needs from other stages, each applied once. */
@ApplicationScoped
public class AssessmentEventHandler {

    private final EventConsumer consumer;
    private final CatalogueProjector catalogue;
    private final TaskIntake intake;
    private final ProgressService progress;
    private final EnrolmentClosures closures;

    public AssessmentEventHandler(EventConsumer consumer, CatalogueProjector catalogue, TaskIntake intake,
            ProgressService progress, EnrolmentClosures closures) {
        this.consumer = consumer;
        this.catalogue = catalogue;
        this.intake = intake;
        this.progress = progress;
        this.closures = closures;
    }

    @Incoming("catalogue-events")
    public Uni<Void> onCatalogue(String message) {
        return consumer.apply("rubrics", message, catalogue::apply);
    }

    @Incoming("submission-events")
    public Uni<Void> onSubmission(String message) {
        return consumer.apply("assessment-tasks", message, intake::apply);
    }

    /**
     * LMS progress and enrolment endings; each service skips the events that are not its own, and the
     * topic's other events are not assessment's business.
     */
    @Incoming("enrolment-events")
    public Uni<Void> onEnrolment(String message) {
        return consumer.apply("enrolment-events", message, event -> progress.apply(event)
                .chain(() -> closures.apply(event)));
    }
}
