package org.microcred.enrolment.webhook;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

@ApplicationScoped
public class WebhookDeliveries implements PanacheRepositoryBase<WebhookDelivery, WebhookDelivery.Key> {

    public Uni<WebhookDelivery> find(String tenantId, String webhookId) {
        return findById(new WebhookDelivery.Key(tenantId, webhookId));
    }

    /**
     * Forgets deliveries received before {@code cutoff}. Safe once the cutoff is well past the
     * timestamp tolerance: an older delivery sent again is refused as stale before it is looked up.
     */
    public Uni<Long> purgeBefore(Instant cutoff) {
        return Panache.withTransaction(() -> delete("receivedAt < ?1", cutoff));
    }
}
