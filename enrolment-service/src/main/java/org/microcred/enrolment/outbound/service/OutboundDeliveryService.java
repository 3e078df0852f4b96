package org.microcred.enrolment.outbound.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import org.microcred.enrolment.Page;
import org.microcred.enrolment.outbound.OutboundDelivery;
import org.microcred.enrolment.outbound.repository.OutboundDeliveries;
import org.microcred.enrolment.outbound.rest.OutboundViews;
import org.microcred.enrolment.outbound.rest.OutboundViews.DeliveryDetail;
import org.microcred.enrolment.outbound.rest.OutboundViews.DeliveryView;
import org.microcred.support.audit.AuditActors;
import org.microcred.support.audit.AuditState;
import org.microcred.support.audit.AuditTrail;
import org.microcred.support.metrics.AfterCommit;
import org.microcred.support.problem.ProblemException;

/** An endpoint's deliveries: listed, one with its attempts, and replayed. */
@ApplicationScoped
public class OutboundDeliveryService {

    private final EndpointService endpoints;
    private final OutboundDeliveries deliveries;
    private final OutboundSender sender;
    private final AuditTrail audit;
    private final AuditActors actors;

    public OutboundDeliveryService(EndpointService endpoints, OutboundDeliveries deliveries, OutboundSender sender,
            AuditTrail audit, AuditActors actors) {
        this.audit = audit;
        this.actors = actors;
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.sender = sender;
    }

    public Uni<Page<DeliveryView>> list(String tenant, UUID endpoint, OutboundDelivery.Status status, int limit,
            int offset) {
        return Panache.withSession(() -> endpoints.owned(tenant, endpoint)
                .chain(e -> deliveries.page(e.id, status, limit, offset)))
                .map(page -> page.map(OutboundViews::view));
    }

    public Uni<DeliveryDetail> get(String tenant, UUID endpoint, UUID id) {
        return Panache.withSession(() -> delivery(tenant, endpoint, id)
                .chain(d -> deliveries.attempts(d.id).map(attempts -> OutboundViews.detail(d, attempts))));
    }

    /**
     * Sends a finished delivery again, as a new round of attempts (the same {@code webhook-id} and body, signed
     * afresh); 409 {@code delivery-pending} while it is still being tried.
     */
    public Uni<DeliveryView> replay(String tenant, UUID endpoint, UUID id) {
        return Panache.withTransaction(() -> delivery(tenant, endpoint, id).chain(d -> {
            if (d.status == OutboundDelivery.Status.PENDING) {
                throw ProblemException.conflict("delivery-pending", "Delivery " + id
                        + " is still being tried; replay it once it is DELIVERED or FAILED");
            }
            ObjectNode before = AuditState.of("status", d.status, "round", d.round, "endpointId", endpoint);
            d.status = OutboundDelivery.Status.PENDING;
            d.round++;
            d.attempts = 0;
            d.nextAttemptAt = Instant.now();
            d.finishedAt = null;
            AfterCommit.run(sender::wake);
            return audit.record(actors.caller(), tenant, "webhook.delivery.replayed", "webhook-delivery", id.toString(),
                    before, AuditState.of("status", d.status, "round", d.round, "endpointId", endpoint))
                    .replaceWith(OutboundViews.view(d));
        }));
    }

    private Uni<OutboundDelivery> delivery(String tenant, UUID endpoint, UUID id) {
        return endpoints.owned(tenant, endpoint).chain(e -> deliveries.ofEndpoint(e.id, id)).map(d -> {
            if (d == null) {
                throw ProblemException.notFound("Delivery", id);
            }
            return d;
        });
    }
}
