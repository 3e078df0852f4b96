package org.microcred.issuance.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.microcred.events.catalogue.AchievementPublished;
import org.microcred.issuance.service.CatalogueProjector;
import org.microcred.support.audit.AuditActors;
import org.microcred.support.messaging.EventConsumer;

/**
 * {@code catalogue.achievements.v1}, each event applied once: the local read model of each achievement version,
 * which also releases the awards that were waiting for it.
 */
@ApplicationScoped
public class CatalogueEventHandler {

    private final EventConsumer consumer;
    private final CatalogueProjector catalogue;
    private final AuditActors actors;

    public CatalogueEventHandler(EventConsumer consumer, CatalogueProjector catalogue, AuditActors actors) {
        this.actors = actors;
        this.consumer = consumer;
        this.catalogue = catalogue;
    }

    @Incoming("catalogue-events")
    public Uni<Void> onCatalogue(String message) {
        return consumer.apply("catalogue", message, event -> event.payload() instanceof AchievementPublished published
                ? catalogue.published(event.tenantId(), published, actors.event(event))
                : Uni.createFrom().voidItem());
    }
}
