package org.microcred.enrolment.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestPath;
import org.microcred.enrolment.rest.DashboardViews.Dashboard;
import org.microcred.enrolment.rest.DashboardViews.JourneyView;
import org.microcred.enrolment.service.DashboardService;
import org.microcred.support.security.Caller;

/** The earner's dashboard: where each of their journeys stands, what to do next, and pathway progress. */
@Path("/api/v1/dashboard")
public class DashboardResource {

    private final DashboardService dashboard;
    private final Caller caller;

    public DashboardResource(DashboardService dashboard, Caller caller) {
        this.dashboard = dashboard;
        this.caller = caller;
    }

    /** {@code {journeys, pathways, total, limit, offset}}: journeys most recently moved first. */
    @GET
    @RolesAllowed("earner")
    public Uni<Dashboard> dashboard(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(100) int limit,
            @QueryParam("offset") @DefaultValue("0") @Min(0) @Max(10_000) int offset) {
        return dashboard.dashboard(caller.tenantId(), caller.userId(), limit, offset);
    }

    /** One journey with its timeline ({@code steps}); another earner's answers 404. */
    @GET
    @Path("/{enrolmentId}")
    @RolesAllowed("earner")
    public Uni<JourneyView> journey(@RestPath UUID enrolmentId) {
        return dashboard.journey(caller.tenantId(), caller.userId(), enrolmentId);
    }
}
