package org.microcred.enrolment.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestPath;
import org.microcred.enrolment.service.CatalogueService;
import org.microcred.support.security.Caller;
import io.quarkus.security.identity.SecurityIdentity;

/** The catalogue: issuer-admins create and publish micro-credentials; everyone of the tenant browses. */
@Path("/api/v1/achievements")
public class AchievementResource {

    private final CatalogueService catalogue;
    private final Caller caller;
    private final SecurityIdentity identity;

    public AchievementResource(CatalogueService catalogue, Caller caller, SecurityIdentity identity) {
        this.catalogue = catalogue;
        this.caller = caller;
        this.identity = identity;
    }

    @POST
    @RolesAllowed("issuer-admin")
    public Uni<Response> create(@NotNull @Valid AchievementRequest request) {
        return catalogue.createDraft(CatalogueMapper.toEntity(request), caller.tenantId(), caller.userId())
                .map(a -> Response.created(URI.create("/api/v1/achievements/" + a.id))
                        .entity(CatalogueMapper.toView(a)).build());
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed("issuer-admin")
    public Uni<AchievementView> publish(@RestPath UUID id) {
        return catalogue.publish(caller.tenantId(), id).map(CatalogueMapper::toView);
    }

    /** Published micro-credentials of the caller's institution; issuer-admins also see drafts. */
    @GET
    @RolesAllowed({"earner", "assessor", "issuer-admin", "release-manager"})
    public Uni<List<AchievementView>> list(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return catalogue.list(caller.tenantId(), isAdmin(), limit)
                .map(list -> list.stream().map(CatalogueMapper::toView).toList());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"earner", "assessor", "issuer-admin", "release-manager"})
    public Uni<AchievementView> get(@RestPath UUID id) {
        return catalogue.get(caller.tenantId(), id, isAdmin()).map(CatalogueMapper::toView);
    }

    private boolean isAdmin() {
        return identity.hasRole("issuer-admin");
    }
}
