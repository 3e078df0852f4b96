package org.microcred.enrolment.outbound.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestPath;
import org.microcred.enrolment.Page;
import org.microcred.enrolment.outbound.rest.OutboundViews.EndpointView;
import org.microcred.enrolment.outbound.service.EndpointService;
import org.microcred.support.security.Caller;

/** An institution's outbound webhook endpoints (README, "Outbound webhooks"); its issuer-admins only. */
@Path("/api/v1/webhook-endpoints")
@RolesAllowed("issuer-admin")
public class WebhookEndpointResource {

    private final EndpointService endpoints;
    private final Caller caller;

    public WebhookEndpointResource(EndpointService endpoints, Caller caller) {
        this.endpoints = endpoints;
        this.caller = caller;
    }

    /** 201 with the secret, shown this once. */
    @POST
    @RolesAllowed("issuer-admin")
    public Uni<Response> create(EndpointRequest request) {
        return endpoints.create(caller.tenantId(), request).map(view -> Response
                .created(URI.create("/api/v1/webhook-endpoints/" + view.id())).entity(view).build());
    }

    @GET
    @RolesAllowed("issuer-admin")
    public Uni<Page<EndpointView>> list(@QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
            @QueryParam("offset") @DefaultValue("0") @Min(0) @Max(10_000) int offset) {
        return endpoints.list(caller.tenantId(), limit, offset);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed("issuer-admin")
    public Uni<EndpointView> get(@RestPath UUID id) {
        return endpoints.get(caller.tenantId(), id);
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed("issuer-admin")
    public Uni<EndpointView> patch(@RestPath UUID id, EndpointPatch patch) {
        return endpoints.patch(caller.tenantId(), id, patch);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed("issuer-admin")
    public Uni<Response> delete(@RestPath UUID id) {
        return endpoints.delete(caller.tenantId(), id).map(done -> Response.noContent().build());
    }

    /** A new secret (shown this once); the previous one keeps signing for the overlap. */
    @POST
    @Path("/{id}/secret-rotation")
    @RolesAllowed("issuer-admin")
    public Uni<EndpointView> rotate(@RestPath UUID id) {
        return endpoints.rotate(caller.tenantId(), id);
    }
}
