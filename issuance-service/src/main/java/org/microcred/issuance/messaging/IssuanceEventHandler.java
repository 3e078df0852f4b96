package org.microcred.issuance.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.microcred.events.EventEnvelope;
import org.microcred.events.EventPayload;
import org.microcred.events.assessment.AssessmentDecided;
import org.microcred.events.catalogue.AchievementPublished;
import org.microcred.issuance.service.AwardService;
import org.microcred.issuance.service.CatalogueProjector;
import org.microcred.support.messaging.EventConsumer;

/**
 * The two inputs of issuance, each event applied once: catalogue definitions and assessment
 * decisions. They come from different topics in any order; the services handle either order.
 */
@ApplicationScoped
public class IssuanceEventHandler {

    private final EventConsumer consumer;
    private final CatalogueProjector catalogue;
    private final AwardService awards;

    public IssuanceEventHandler(EventConsumer consumer, CatalogueProjector catalogue, AwardService awards) {
        this.consumer = consumer;
        this.catalogue = catalogue;
        this.awards = awards;
    }

    @Incoming("catalogue-events")
    public Uni<Void> onCatalogue(String message) {
        return consumer.apply("catalogue", message, this::apply);
    }

    @Incoming("assessment-events")
    public Uni<Void> onAssessment(String message) {
        return consumer.apply("awards", message, this::apply);
    }

    private Uni<Void> apply(EventEnvelope<EventPayload> event) {
        EventPayload payload = event.payload();
        if (payload instanceof AchievementPublished published) {
            return catalogue.published(event.tenantId(), published);
        }
        if (payload instanceof AssessmentDecided decided) {
            return awards.decided(event.tenantId(), decided);
        }
        return Uni.createFrom().voidItem(); // other events of these topics are not issuance's concern
    }
}
