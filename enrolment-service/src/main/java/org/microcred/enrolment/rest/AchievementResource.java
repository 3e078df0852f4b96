package org.microcred.enrolment.rest;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestPath;
import org.microcred.enrolment.service.CatalogueService;
import org.microcred.support.security.Caller;

/**
 * The catalogue: issuer-admins define, edit (drafts), publish, version and retire micro-credentials
 * of their institution; everyone of the tenant reads published ones. Search: AchievementSearchResource.
 */
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

    /** Replaces the draft version's content; 409 when the newest version is published or retired. */
    @PUT
    @Path("/{id}")
    @RolesAllowed("issuer-admin")
    public Uni<AchievementView> update(@RestPath UUID id, @NotNull @Valid AchievementRequest request) {
        return catalogue.updateDraft(caller.tenantId(), id, CatalogueMapper.toEntity(request))
                .map(CatalogueMapper::toView);
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed("issuer-admin")
    public Uni<AchievementView> publish(@RestPath UUID id) {
        return catalogue.publish(caller.tenantId(), id).map(CatalogueMapper::toView);
    }

    /** A new draft version copied from the newest published one. */
    @POST
    @Path("/{id}/versions")
    @RolesAllowed("issuer-admin")
    public Uni<Response> newVersion(@RestPath UUID id) {
        return catalogue.newVersion(caller.tenantId(), id, caller.userId())
                .map(a -> Response.created(URI.create("/api/v1/achievements/" + a.id + "/versions/" + a.version))
                        .entity(CatalogueMapper.toView(a)).build());
    }

    @POST
    @Path("/{id}/retire")
    @RolesAllowed("issuer-admin")
    public Uni<AchievementView> retire(@RestPath UUID id) {
        return catalogue.retire(caller.tenantId(), id).map(CatalogueMapper::toView);
    }

    /** The current published version; issuer-admins get the newest version of any status. */
    @GET
    @Path("/{id}")
    @RolesAllowed({"earner", "assessor", "issuer-admin", "release-manager"})
    public Uni<AchievementView> get(@RestPath UUID id) {
        return catalogue.get(caller.tenantId(), id, isAdmin()).map(CatalogueMapper::toView);
    }

    /** Every version, oldest first (drafts for issuer-admins only). */
    @GET
    @Path("/{id}/versions")
    @RolesAllowed({"earner", "assessor", "issuer-admin", "release-manager"})
    public Uni<List<AchievementView>> versions(@RestPath UUID id) {
        return catalogue.versions(caller.tenantId(), id, isAdmin())
                .map(list -> list.stream().map(CatalogueMapper::toView).toList());
    }

    @GET
    @Path("/{id}/versions/{version}")
    @RolesAllowed({"earner", "assessor", "issuer-admin", "release-manager"})
    public Uni<AchievementView> version(@RestPath UUID id, @RestPath @Min(1) @Max(100000) int version) {
        return catalogue.getVersion(caller.tenantId(), id, version, isAdmin()).map(CatalogueMapper::toView);
    }

    private boolean isAdmin() {
        return identity.hasRole("issuer-admin");
    }
}
