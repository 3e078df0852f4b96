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
import org.microcred.enrolment.Achievement;
import org.microcred.enrolment.VersionLifecycle;
import org.microcred.enrolment.governance.Actor;
import org.microcred.enrolment.governance.rest.ReviewRequest;
import org.microcred.enrolment.governance.rest.ReviewStepView;
import org.microcred.enrolment.governance.service.VersionReviews;
import org.microcred.enrolment.service.CatalogueService;
import org.microcred.support.security.Caller;

/**
 * The catalogue: issuer-admins define, edit (drafts), submit for review (or, where the institution turned approval
 * off, publish), version and retire micro-credentials of their institution; release-managers approve or reject what
 * is in review and retire; everyone of the tenant reads published ones. Search: AchievementSearchResource.
 */
@Path("/api/v1/achievements")
public class AchievementResource {

    private final CatalogueService catalogue;
    private final Caller caller;
    private final SecurityIdentity identity;
    private final VersionReviews reviews;

    public AchievementResource(CatalogueService catalogue, Caller caller, SecurityIdentity identity,
            VersionReviews reviews) {
        this.catalogue = catalogue;
        this.caller = caller;
        this.identity = identity;
        this.reviews = reviews;
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

    /** Publishes the draft at once where the institution turned approval off; else 409 {@code approval-required}. */
    @POST
    @Path("/{id}/publish")
    @RolesAllowed("issuer-admin")
    public Uni<AchievementView> publish(@RestPath UUID id) {
        return withHistory(catalogue.publish(caller.tenantId(), id, as(Actor.ISSUER_ADMIN)));
    }

    /** The draft goes to review (IN_REVIEW), with an optional comment to the reviewer. */
    @POST
    @Path("/{id}/submit")
    @RolesAllowed("issuer-admin")
    public Uni<AchievementView> submit(@RestPath UUID id, @Valid ReviewRequest request) {
        return withHistory(catalogue.submit(caller.tenantId(), id, as(Actor.ISSUER_ADMIN), ReviewRequest.commentOf(request)));
    }

    /** The version in review back to an editable draft. */
    @POST
    @Path("/{id}/withdraw")
    @RolesAllowed("issuer-admin")
    public Uni<AchievementView> withdraw(@RestPath UUID id) {
        return withHistory(catalogue.withdraw(caller.tenantId(), id, as(Actor.ISSUER_ADMIN)));
    }

    /** Publishes the version in review; not by its creator or submitter (403 {@code own-draft}). */
    @POST
    @Path("/{id}/approve")
    @RolesAllowed("release-manager")
    public Uni<AchievementView> approve(@RestPath UUID id, @Valid ReviewRequest request) {
        return withHistory(catalogue.approve(caller.tenantId(), id, as(Actor.RELEASE_MANAGER),
                ReviewRequest.commentOf(request), ReviewRequest.submissionOf(request)));
    }

    /** The version in review back to its authors as a draft; the comment is required. */
    @POST
    @Path("/{id}/reject")
    @RolesAllowed("release-manager")
    public Uni<AchievementView> reject(@RestPath UUID id, @Valid ReviewRequest request) {
        return withHistory(catalogue.reject(caller.tenantId(), id, as(Actor.RELEASE_MANAGER),
                ReviewRequest.requiredCommentOf(request), ReviewRequest.submissionOf(request)));
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

    /** Where the institution requires approval, a release-manager's (403 {@code release-manager-required}). */
    @POST
    @Path("/{id}/retire")
    @RolesAllowed({"issuer-admin", "release-manager"})
    public Uni<AchievementView> retire(@RestPath UUID id) {
        String role = identity.hasRole(Actor.RELEASE_MANAGER) ? Actor.RELEASE_MANAGER : Actor.ISSUER_ADMIN;
        return withHistory(catalogue.retire(caller.tenantId(), id, as(role)));
    }

    /**
     * The current published version; staff (issuer-admins, release-managers) get the newest version of any status,
     * with its review history.
     */
    @GET
    @Path("/{id}")
    @RolesAllowed({"earner", "assessor", "issuer-admin", "release-manager"})
    public Uni<AchievementView> get(@RestPath UUID id) {
        return withHistory(catalogue.get(caller.tenantId(), id, isStaff()));
    }

    /** Every version, oldest first (drafts and versions in review for staff only). */
    @GET
    @Path("/{id}/versions")
    @RolesAllowed({"earner", "assessor", "issuer-admin", "release-manager"})
    public Uni<List<AchievementView>> versions(@RestPath UUID id) {
        return catalogue.versions(caller.tenantId(), id, isStaff())
                .map(list -> list.stream().map(CatalogueMapper::toView).toList());
    }

    @GET
    @Path("/{id}/versions/{version}")
    @RolesAllowed({"earner", "assessor", "issuer-admin", "release-manager"})
    public Uni<AchievementView> version(@RestPath UUID id, @RestPath @Min(1) @Max(100000) int version) {
        return withHistory(catalogue.getVersion(caller.tenantId(), id, version, isStaff()));
    }

    /** Who sees unpublished versions and review histories. */
    private boolean isStaff() {
        return identity.hasRole(Actor.ISSUER_ADMIN) || identity.hasRole(Actor.RELEASE_MANAGER);
    }

    private Actor as(String role) {
        return new Actor(caller.userId(), role);
    }

    /** The version as the caller sees it: with its review history for staff. */
    private Uni<AchievementView> withHistory(Uni<Achievement> version) {
        if (!isStaff()) {
            return version.map(CatalogueMapper::toView);
        }
        return version.chain(a -> reviews.history(a.tenantId, VersionLifecycle.ACHIEVEMENTS.kind(), a.id, a.version)
                .map(steps -> CatalogueMapper.toView(a, ReviewStepView.of(steps))));
    }
}
