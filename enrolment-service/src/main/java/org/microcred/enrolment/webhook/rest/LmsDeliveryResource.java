package org.microcred.enrolment.webhook.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.jboss.resteasy.reactive.RestPath;
import org.microcred.enrolment.webhook.service.WebhookInbox;
import org.microcred.support.problem.ProblemException;
import org.microcred.support.security.Caller;

/**
 * Where an LMS delivery stands, for the institution's LMS integration (a client-credentials token
 * of role {@code lms-integration} whose {@code tenant} claim is the path's tenant; another tenant's
 * delivery is 404, as an unknown one).
 */
@Path("/api/v1/webhooks/lms/{tenant}/deliveries")
public class LmsDeliveryResource {

    private final WebhookInbox inbox;
    private final Caller caller;
    private final ObjectMapper mapper;

    public LmsDeliveryResource(WebhookInbox inbox, Caller caller, ObjectMapper mapper) {
        this.inbox = inbox;
        this.caller = caller;
        this.mapper = mapper;
    }

    @GET
    @Path("/{webhookId}")
    @RolesAllowed("lms-integration")
    public Uni<DeliveryViews.DeliveryView> status(@RestPath String tenant, @RestPath String webhookId) {
        if (!caller.tenantId().equals(tenant) || webhookId.length() > 255) {
            throw ProblemException.notFound("Delivery", webhookId.length() > 255 ? "(too long)" : webhookId);
        }
        return inbox.status(tenant, webhookId).map(delivery -> DeliveryViews.view(delivery, mapper));
    }
}
