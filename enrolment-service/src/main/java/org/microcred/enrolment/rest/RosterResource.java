package org.microcred.enrolment.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestPath;
import org.microcred.enrolment.Page;
import org.microcred.enrolment.service.EnrolmentQueries;
import org.microcred.support.security.Caller;

/** The enrolments of one micro-credential, for its institution's staff (who confirm, decline, follow). */
@Path("/api/v1/achievements/{achievementId}/enrolments")
public class RosterResource {

    private final EnrolmentQueries queries;
    private final Caller caller;

    public RosterResource(EnrolmentQueries queries, Caller caller) {
        this.queries = queries;
        this.caller = caller;
    }

    /** In arrival order: the waiting list's order ({@code ?status=WAITLISTED}). */
    @GET
    @RolesAllowed("issuer-admin")
    public Uni<Page<EnrolmentView>> roster(@RestPath UUID achievementId,
            @QueryParam("status") @Pattern(regexp = EnrolmentQueries.STATUSES) String status,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
            @QueryParam("offset") @DefaultValue("0") @Min(0) @Max(10_000) int offset) {
        return queries.roster(caller.tenantId(), achievementId, EnrolmentQueries.statusOf(status), limit, offset);
    }
}
