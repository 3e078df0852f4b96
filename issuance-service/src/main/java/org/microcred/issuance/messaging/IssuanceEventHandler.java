package org.microcred.issuance.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.microcred.events.EventEnvelope;
import org.microcred.events.EventPayload;
import org.microcred.events.assessment.AssessmentDecided;
import org.microcred.events.catalogue.AchievementPublished;
import org.microcred.events.enrolment.PathwayCompleted;
import org.microcred.issuance.service.AwardService;
import org.microcred.issuance.service.CatalogueProjector;
import org.microcred.issuance.service.PathwayService;
import org.microcred.support.messaging.EventConsumer;

/**
 * The inputs of issuance, each event applied once: catalogue definitions, assessment decisions and
 * completed pathways. They come from different topics in any order; the services handle either order.
 */
@ApplicationScoped
public class IssuanceEventHandler {

    private final EventConsumer consumer;
    private final CatalogueProjector catalogue;
    private final AwardService awards;
    private final PathwayService pathways;

    public IssuanceEventHandler(EventConsumer consumer, CatalogueProjector catalogue, AwardService awards,
            PathwayService pathways) {
        this.consumer = consumer;
        this.catalogue = catalogue;
        this.awards = awards;
        this.pathways = pathways;
    }

    @Incoming("catalogue-events")
    public Uni<Void> onCatalogue(String message) {
        return consumer.apply("catalogue", message, this::apply);
    }

    @Incoming("assessment-events")
    public Uni<Void> onAssessment(String message) {
        return consumer.apply("awards", message, this::apply);
    }

    /**
     * The enrolment topic is busy (enrolments, status changes, LMS activity) and issuance wants only
     * {@code enrolment.pathway.completed}: the consumer passes the others over, without a transaction
     * or a processed-event row each.
     */
    @Incoming("enrolment-events")
    public Uni<Void> onEnrolment(String message) {
        return consumer.apply("pathways", message, PathwayCompleted.class, this::apply);
    }

    private Uni<Void> apply(EventEnvelope<EventPayload> event) {
        EventPayload payload = event.payload();
        if (payload instanceof AchievementPublished published) {
            return catalogue.published(event.tenantId(), published);
        }
        if (payload instanceof AssessmentDecided decided) {
            return awards.decided(event.tenantId(), decided);
        }
        if (payload instanceof PathwayCompleted completed) {
            return pathways.completed(event.tenantId(), completed);
        }
        return Uni.createFrom().voidItem(); // other events of these topics are not issuance's concern
    }
}
