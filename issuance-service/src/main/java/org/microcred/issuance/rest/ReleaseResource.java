package org.microcred.issuance.rest;

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
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestPath;
import org.microcred.issuance.ReleaseFilter;
import org.microcred.issuance.ReleaseState;
import org.microcred.issuance.service.ReleaseQueries;
import org.microcred.issuance.service.ReleaseService;
import org.microcred.support.problem.ProblemException;
import org.microcred.support.security.Caller;

/**
 * The release gate: awards of gated micro-credentials wait here until a release-manager of the institution releases
 * them (one, or all of a version or period at once) or holds one back. Issuer-admins may read; another tenant's
 * release answers 404.
 */
@Path("/api/v1/releases")
public class ReleaseResource {

    private final ReleaseQueries queries;
    private final ReleaseService releases;
    private final Caller caller;

    public ReleaseResource(ReleaseQueries queries, ReleaseService releases, Caller caller) {
        this.queries = queries;
        this.releases = releases;
        this.caller = caller;
    }

    /** The tenant's gated awards, oldest award first; {@code awardedTo} is exclusive. */
    @GET
    @RolesAllowed({"release-manager", "issuer-admin"})
    public Uni<ReleasePage> list(@QueryParam("achievementId") UUID achievementId,
            @QueryParam("achievementVersion") @Min(1) Integer achievementVersion,
            @QueryParam("awardedFrom") Instant awardedFrom, @QueryParam("awardedTo") Instant awardedTo,
            @QueryParam("state") String state,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @QueryParam("offset") @DefaultValue("0") @Min(0) @Max(10_000) int offset) {
        ReleaseFilter filter = new ReleaseFilter(achievementId, achievementVersion, awardedFrom, awardedTo,
                state(state));
        return queries.list(caller.tenantId(), filter, limit, offset)
                .map(page -> new ReleasePage(page.items().stream().map(ReleaseView::of).toList(), page.total(),
                        limit, offset));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"release-manager", "issuer-admin"})
    public Uni<ReleaseView> get(@RestPath UUID id) {
        return queries.get(caller.tenantId(), id).map(ReleaseView::of);
    }

    /** Signs and issues the award's credential; a release repeated answers the same credential. */
    @POST
    @Path("/{id}/release")
    @RolesAllowed("release-manager")
    public Uni<ReleaseView> release(@RestPath UUID id) {
        return releases.release(caller.tenantId(), id, caller.userId()).map(ReleaseView::of);
    }

    /** Holds an award awaiting release back; it is released later by {@code /release}. */
    @POST
    @Path("/{id}/hold")
    @RolesAllowed("release-manager")
    public Uni<ReleaseView> hold(@RestPath UUID id, @NotNull @Valid HoldRequest request) {
        return releases.hold(caller.tenantId(), id, request.reason(), request.shared(), caller.userId())
                .map(ReleaseView::of);
    }

    /**
     * Releases up to {@code max} awards of a version or a period that await release, oldest first (held ones stay
     * held), and says how many still await: the same request again releases the next ones.
     */
    @POST
    @Path("/bulk-release")
    @RolesAllowed("release-manager")
    public Uni<BulkReleaseView> releaseAll(@NotNull @Valid BulkReleaseRequest request) {
        return queries.releaseAll(caller.tenantId(), request.filter(), request.maxOrDefault(), caller.userId())
                .map(result -> new BulkReleaseView(result.released(), result.remaining()));
    }

    private static ReleaseState state(String state) {
        if (state == null || state.isBlank()) {
            return null;
        }
        try {
            return ReleaseState.valueOf(state.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("state", "one of AWAITING_RELEASE, HELD, RELEASED");
        }
    }

    /** How many awards a bulk release released, and how many of its filter still await release. */
    public record BulkReleaseView(int released, long remaining) {
    }
}
