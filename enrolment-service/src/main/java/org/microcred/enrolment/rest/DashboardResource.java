package org.microcred.enrolment.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestPath;
import org.microcred.enrolment.Journey;
import org.microcred.enrolment.JourneyStep;
import org.microcred.enrolment.service.DashboardService;
import org.microcred.support.security.Caller;

/** The earner's dashboard: where each of their journeys stands and what to do next. */
@Path("/api/v1/dashboard")
@RolesAllowed("earner")
public class DashboardResource {

    public record JourneyView(UUID enrolmentId, UUID achievementId, String achievementName, String stage,
            int attempt, String nextAction, String latestFeedback, UUID credentialId, UUID shareId,
            Instant updatedAt, List<StepView> steps) {

        static JourneyView of(Journey j, List<StepView> steps) {
            return new JourneyView(j.enrolmentId, j.achievementId, j.achievementName, j.stage.name(), j.attempt,
                    j.stage.nextAction(), j.latestFeedback, j.credentialId, j.shareId, j.updatedAt, steps);
        }
    }

    public record StepView(String stage, int attempt, Instant at, String detail) {
        static StepView of(JourneyStep s) {
            return new StepView(s.stage.name(), s.attempt, s.occurredAt, s.detail);
        }
    }

    private final DashboardService dashboard;
    private final Caller caller;

    public DashboardResource(DashboardService dashboard, Caller caller) {
        this.dashboard = dashboard;
        this.caller = caller;
    }

    @GET
    public Uni<List<JourneyView>> journeys(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return dashboard.journeys(caller.tenantId(), caller.userId(), limit)
                .map(list -> list.stream().map(j -> JourneyView.of(j, null)).toList());
    }

    @GET
    @Path("/{enrolmentId}")
    public Uni<JourneyView> journey(@RestPath UUID enrolmentId) {
        return dashboard.journey(caller.tenantId(), caller.userId(), enrolmentId)
                .map(found -> JourneyView.of(found.journey(), found.steps().stream().map(StepView::of).toList()));
    }
}
