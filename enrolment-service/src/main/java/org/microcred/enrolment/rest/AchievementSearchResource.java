package org.microcred.enrolment.rest;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.microcred.enrolment.CatalogueQuery;
import org.microcred.enrolment.Page;
import org.microcred.enrolment.VersionStatus;
import org.microcred.enrolment.pathway.service.PathwayService;
import org.microcred.enrolment.repository.CatalogueSearch;
import org.microcred.support.problem.ProblemException;
import org.microcred.support.security.Caller;

/** Catalogue search for the mobile app: the current version of each micro-credential, paged. */
@Path("/api/v1/achievements")
public class AchievementSearchResource {

    private final CatalogueSearch search;
    private final PathwayService pathways;
    private final Caller caller;
    private final SecurityIdentity identity;

    public AchievementSearchResource(CatalogueSearch search, PathwayService pathways, Caller caller,
            SecurityIdentity identity) {
        this.search = search;
        this.pathways = pathways;
        this.caller = caller;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({"earner", "assessor", "issuer-admin", "release-manager"})
    public Uni<Page<AchievementView>> search(
            @QueryParam("q") @Size(max = 200) String q,
            @QueryParam("tag") @Size(max = 50) String tag,
            @QueryParam("alignment") @Size(max = 200) String alignment,
            @QueryParam("level") @Size(max = 50) String level,
            @QueryParam("minHours") @Min(1) @Max(100) Integer minHours,
            @QueryParam("maxHours") @Min(1) @Max(100) Integer maxHours,
            @QueryParam("pathwayId") @Pattern(regexp = UUID_PATTERN, message = "a UUID") String pathwayId,
            @QueryParam("deliveryMode") @Pattern(regexp = "^(online|in-person|hybrid)$",
                    message = "online, in-person or hybrid") String deliveryMode,
            @QueryParam("status") @Pattern(regexp = "^(DRAFT|IN_REVIEW|PUBLISHED|RETIRED)$",
                    message = "DRAFT, IN_REVIEW, PUBLISHED or RETIRED") String status,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
            @QueryParam("offset") @DefaultValue("0") @Min(0) @Max(10_000) int offset) {
        // Staff see every status: release-managers find what waits for review with status=IN_REVIEW.
        boolean admin = identity.hasRole("issuer-admin") || identity.hasRole("release-manager");
        if (!admin && status != null && !"PUBLISHED".equals(status)) {
            throw ProblemException.forbidden("Only issuer-admins and release-managers see " + status
                    + " micro-credentials");
        }
        if (minHours != null && maxHours != null && minHours > maxHours) {
            throw ProblemException.invalid("minHours", "must not exceed maxHours");
        }
        CatalogueQuery query = new CatalogueQuery(caller.tenantId(), admin, blankToNull(q), blankToNull(tag),
                blankToNull(alignment), blankToNull(level), minHours, maxHours, deliveryMode,
                status == null ? null : VersionStatus.valueOf(status), null, limit, offset);
        Uni<CatalogueQuery> scoped = pathwayId == null ? Uni.createFrom().item(query)
                : pathways.achievementIds(query.tenantId(), UUID.fromString(pathwayId), admin)
                        .map(query::withAchievementIds);
        return scoped.chain(search::search).map(page -> page.map(CatalogueMapper::toView));
    }

    static final String UUID_PATTERN = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
