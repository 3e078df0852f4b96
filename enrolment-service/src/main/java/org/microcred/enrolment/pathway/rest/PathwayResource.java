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
import org.microcred.enrolment.VersionLifecycle;
import org.microcred.enrolment.VersionStatus;
import org.microcred.enrolment.governance.Actor;
import org.microcred.enrolment.governance.rest.ReviewRequest;
import org.microcred.enrolment.governance.rest.ReviewStepView;
import org.microcred.enrolment.governance.service.VersionReviews;
import org.microcred.enrolment.pathway.Pathway;
import org.microcred.enrolment.pathway.service.PathwayService;
import org.microcred.support.problem.ProblemException;
import org.microcred.support.security.Caller;

/**
 * Pathways: issuer-admins stack micro-credentials into larger credentials and submit them for review (or publish them
 * where the institution turned approval off); release-managers approve, reject and retire; the tenant reads published
 * ones.
 */
@Path("/api/v1/pathways")
public class PathwayResource {

    private final PathwayService pathways;
    private final Caller caller;
    private final SecurityIdentity identity;
    private final VersionReviews reviews;

    public PathwayResource(PathwayService pathways, Caller caller, SecurityIdentity identity,
            VersionReviews reviews) {
        this.pathways = pathways;
        this.caller = caller;
        this.identity = identity;
        this.reviews = reviews;
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

    /** Publishes the draft at once where the institution turned approval off; else 409 {@code approval-required}. */
    @POST
    @Path("/{id}/publish")
    @RolesAllowed("issuer-admin")
    public Uni<PathwayView> publish(@RestPath UUID id) {
        return withHistory(pathways.publish(caller.tenantId(), id, as(Actor.ISSUER_ADMIN)));
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed("issuer-admin")
    public Uni<PathwayView> submit(@RestPath UUID id, @Valid ReviewRequest request) {
        return withHistory(pathways.submit(caller.tenantId(), id, as(Actor.ISSUER_ADMIN),
                ReviewRequest.commentOf(request)));
    }

    @POST
    @Path("/{id}/withdraw")
    @RolesAllowed("issuer-admin")
    public Uni<PathwayView> withdraw(@RestPath UUID id) {
        return withHistory(pathways.withdraw(caller.tenantId(), id, as(Actor.ISSUER_ADMIN)));
    }

    @POST
    @Path("/{id}/approve")
    @RolesAllowed("release-manager")
    public Uni<PathwayView> approve(@RestPath UUID id, @Valid ReviewRequest request) {
        return withHistory(pathways.approve(caller.tenantId(), id, as(Actor.RELEASE_MANAGER),
                ReviewRequest.commentOf(request), ReviewRequest.submissionOf(request)));
    }

    @POST
    @Path("/{id}/reject")
    @RolesAllowed("release-manager")
    public Uni<PathwayView> reject(@RestPath UUID id, @Valid ReviewRequest request) {
        return withHistory(pathways.reject(caller.tenantId(), id, as(Actor.RELEASE_MANAGER),
                ReviewRequest.requiredCommentOf(request), ReviewRequest.submissionOf(request)));
    }

    /**
     * No longer offered nor evaluated; completions and progress made stay. 409 when never published. Where the
     * institution requires approval, a release-manager's (403 {@code release-manager-required}).
     */
    @POST
    @Path("/{id}/retire")
    @RolesAllowed({"issuer-admin", "release-manager"})
    public Uni<PathwayView> retire(@RestPath UUID id) {
        String role = identity.hasRole(Actor.RELEASE_MANAGER) ? Actor.RELEASE_MANAGER : Actor.ISSUER_ADMIN;
        return withHistory(pathways.retire(caller.tenantId(), id, as(role)));
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
            @Pattern(regexp = "^(DRAFT|IN_REVIEW|PUBLISHED|RETIRED)$",
                    message = "DRAFT, IN_REVIEW, PUBLISHED or RETIRED") String status,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
            @QueryParam("offset") @DefaultValue("0") @Min(0) @Max(10_000) int offset) {
        boolean admin = isStaff();
        if (!admin && status != null && !"PUBLISHED".equals(status)) {
            throw ProblemException.forbidden("Only issuer-admins and release-managers see " + status + " pathways");
        }
        VersionStatus wanted = status != null ? VersionStatus.valueOf(status)
                : admin ? null : VersionStatus.PUBLISHED;
        return pathways.list(caller.tenantId(), wanted, limit, offset).map(page -> page.map(PathwayMapper::toView));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"earner", "assessor", "issuer-admin", "release-manager"})
    public Uni<PathwayView> get(@RestPath UUID id) {
        return withHistory(pathways.get(caller.tenantId(), id, isStaff()));
    }

    @GET
    @Path("/{id}/versions/{version}")
    @RolesAllowed({"earner", "assessor", "issuer-admin", "release-manager"})
    public Uni<PathwayView> version(@RestPath UUID id, @RestPath @Min(1) @Max(100000) int version) {
        return withHistory(pathways.getVersion(caller.tenantId(), id, version, isStaff()));
    }

    /** Who sees unpublished versions and review histories. */
    private boolean isStaff() {
        return identity.hasRole(Actor.ISSUER_ADMIN) || identity.hasRole(Actor.RELEASE_MANAGER);
    }

    private Actor as(String role) {
        return new Actor(caller.userId(), role);
    }

    /** The version as the caller sees it: with its review history for staff. */
    private Uni<PathwayView> withHistory(Uni<Pathway> version) {
        if (!isStaff()) {
            return version.map(PathwayMapper::toView);
        }
        return version.chain(p -> reviews.history(p.tenantId, VersionLifecycle.PATHWAYS.kind(), p.id, p.version)
                .map(steps -> PathwayMapper.toView(p, ReviewStepView.of(steps))));
    }
}
