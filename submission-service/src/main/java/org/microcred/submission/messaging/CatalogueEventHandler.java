package org.microcred.submission.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.microcred.submission.service.CatalogueProjector;
import org.microcred.support.messaging.EventConsumer;

/** {@code catalogue.achievements.v1}: the prompts and attempt limit of each published version, each event once. */
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
        return consumer.apply(EventConsumers.SUBMISSIONS, message, catalogue::apply);
    }
}
