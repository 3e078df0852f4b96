package org.microcred.enrolment.pathway.rest;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestPath;
import org.microcred.enrolment.Page;
import org.microcred.enrolment.VersionStatus;
import org.microcred.enrolment.pathway.service.PathwayService;
import org.microcred.support.problem.ProblemException;
import org.microcred.support.security.Caller;

/** Pathways: issuer-admins stack micro-credentials into larger credentials; the tenant reads published ones. */
@Path("/api/v1/pathways")
public class PathwayResource {

    private final PathwayService pathways;
    private final Caller caller;
    private final SecurityIdentity identity;

    public PathwayResource(PathwayService pathways, Caller caller, SecurityIdentity identity) {
        this.pathways = pathways;
        this.caller = caller;
        this.identity = identity;
    }

    @POST
    @RolesAllowed("issuer-admin")
    public Uni<Response> create(@NotNull @Valid PathwayRequest request) {
        return pathways.create(PathwayMapper.toEntity(request), caller.tenantId(), caller.userId())
                .map(p -> Response.created(URI.create("/api/v1/pathways/" + p.id))
                        .entity(PathwayMapper.toView(p)).build());
    }

    /** Replaces the draft version's content; 409 when the newest version is published. */
    @PUT
    @Path("/{id}")
    @RolesAllowed("issuer-admin")
    public Uni<PathwayView> update(@RestPath UUID id, @NotNull @Valid PathwayRequest request) {
        return pathways.update(caller.tenantId(), id, PathwayMapper.toEntity(request)).map(PathwayMapper::toView);
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed("issuer-admin")
    public Uni<PathwayView> publish(@RestPath UUID id) {
        return pathways.publish(caller.tenantId(), id).map(PathwayMapper::toView);
    }

    /** No longer offered nor evaluated; completions and progress made stay. 409 when never published. */
    @POST
    @Path("/{id}/retire")
    @RolesAllowed("issuer-admin")
    public Uni<PathwayView> retire(@RestPath UUID id) {
        return pathways.retire(caller.tenantId(), id).map(PathwayMapper::toView);
    }

    @POST
    @Path("/{id}/versions")
    @RolesAllowed("issuer-admin")
    public Uni<Response> newVersion(@RestPath UUID id) {
        return pathways.newVersion(caller.tenantId(), id, caller.userId())
                .map(p -> Response.created(URI.create("/api/v1/pathways/" + p.id + "/versions/" + p.version))
                        .entity(PathwayMapper.toView(p)).build());
    }

    /** The current version of each pathway: published ones, or for issuer-admins any (or of {@code status}). */
    @GET
    @RolesAllowed({"earner", "assessor", "issuer-admin", "release-manager"})
    public Uni<Page<PathwayView>> list(
            @QueryParam("status")
            @Pattern(regexp = "^(DRAFT|PUBLISHED|RETIRED)$", message = "DRAFT, PUBLISHED or RETIRED") String status,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
            @QueryParam("offset") @DefaultValue("0") @Min(0) @Max(10_000) int offset) {
        boolean admin = isAdmin();
        if (!admin && status != null && !"PUBLISHED".equals(status)) {
            throw ProblemException.forbidden("Only issuer-admins see " + status + " pathways");
        }
        VersionStatus wanted = status != null ? VersionStatus.valueOf(status)
                : admin ? null : VersionStatus.PUBLISHED;
        return pathways.list(caller.tenantId(), wanted, limit, offset).map(page -> page.map(PathwayMapper::toView));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"earner", "assessor", "issuer-admin", "release-manager"})
    public Uni<PathwayView> get(@RestPath UUID id) {
        return pathways.get(caller.tenantId(), id, isAdmin()).map(PathwayMapper::toView);
    }

    @GET
    @Path("/{id}/versions/{version}")
    @RolesAllowed({"earner", "assessor", "issuer-admin", "release-manager"})
    public Uni<PathwayView> version(@RestPath UUID id, @RestPath @Min(1) @Max(100000) int version) {
        return pathways.getVersion(caller.tenantId(), id, version, isAdmin()).map(PathwayMapper::toView);
    }

    private boolean isAdmin() {
        return identity.hasRole("issuer-admin");
    }
}
