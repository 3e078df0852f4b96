package org.microcred.enrolment.outbound.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestPath;
import org.microcred.enrolment.Page;
import org.microcred.enrolment.outbound.OutboundDelivery;
import org.microcred.enrolment.outbound.rest.OutboundViews.DeliveryDetail;
import org.microcred.enrolment.outbound.rest.OutboundViews.DeliveryView;
import org.microcred.enrolment.outbound.service.OutboundDeliveryService;
import org.microcred.support.security.Caller;

/** What was sent to an endpoint, and sending it again; the endpoint's institution's issuer-admins only. */
@Path("/api/v1/webhook-endpoints/{endpointId}/deliveries")
@RolesAllowed("issuer-admin")
public class WebhookDeliveryResource {

    private final OutboundDeliveryService deliveries;
    private final Caller caller;

    public WebhookDeliveryResource(OutboundDeliveryService deliveries, Caller caller) {
        this.deliveries = deliveries;
        this.caller = caller;
    }

    /** Newest first. */
    @GET
    @RolesAllowed("issuer-admin")
    public Uni<Page<DeliveryView>> list(@RestPath UUID endpointId,
            @QueryParam("status") @Pattern(regexp = "PENDING|DELIVERED|FAILED") String status,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
            @QueryParam("offset") @DefaultValue("0") @Min(0) @Max(10_000) int offset) {
        return deliveries.list(caller.tenantId(), endpointId,
                status == null ? null : OutboundDelivery.Status.valueOf(status), limit, offset);
    }

    /** The delivery with each attempt. */
    @GET
    @Path("/{deliveryId}")
    @RolesAllowed("issuer-admin")
    public Uni<DeliveryDetail> get(@RestPath UUID endpointId, @RestPath UUID deliveryId) {
        return deliveries.get(caller.tenantId(), endpointId, deliveryId);
    }

    /** 202: a new round of attempts starts. */
    @POST
    @Path("/{deliveryId}/replay")
    @RolesAllowed("issuer-admin")
    public Uni<Response> replay(@RestPath UUID endpointId, @RestPath UUID deliveryId) {
        return deliveries.replay(caller.tenantId(), endpointId, deliveryId)
                .map(view -> Response.accepted(view).build());
    }
}
