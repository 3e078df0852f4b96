package org.microcred.assessment.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.microcred.assessment.service.CatalogueProjector;
import org.microcred.support.messaging.EventConsumer;

/** {@code catalogue.achievements.v1}: the rubric and rules of each published version, each event applied once. */
@ApplicationScoped
public class CatalogueEventHandler {

    private final EventConsumer consumer;
    private final CatalogueProjector catalogue;

    public CatalogueEventHandler(EventConsumer consumer, CatalogueProjector catalogue) {
        this.consumer = consumer;
        this.catalogue = catalogue;
    }

    @Incoming("catalogue-events")
    public Uni<Void> onCatalogue(String message) {
        return consumer.apply("rubrics", message, catalogue::apply);
    }
}
