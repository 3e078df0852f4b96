package org.microcred.enrolment.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.microcred.enrolment.Journey;
import org.microcred.enrolment.JourneyStep;
import org.microcred.enrolment.repository.JourneyRepository;
import org.microcred.support.problem.ProblemException;

/** The earner's dashboard: their journeys, and each journey's timeline. */
@ApplicationScoped
public class DashboardService {

    public record JourneyWithSteps(Journey journey, List<JourneyStep> steps) {
    }

    private final JourneyRepository journeys;

    public DashboardService(JourneyRepository journeys) {
        this.journeys = journeys;
    }

    @WithSession
    public Uni<List<Journey>> journeys(String tenantId, String earnerId, int limit) {
        return journeys.listForEarner(tenantId, earnerId, limit);
    }

    @WithSession
    public Uni<JourneyWithSteps> journey(String tenantId, String earnerId, UUID enrolmentId) {
        return journeys.findForEarner(tenantId, earnerId, enrolmentId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Enrolment", enrolmentId))
                .chain(journey -> journeys.steps(enrolmentId).map(steps -> new JourneyWithSteps(journey, steps)));
    }
}
