package org.microcred.enrolment.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.microcred.enrolment.CredentialStatus;
import org.microcred.enrolment.Journey;
import org.microcred.enrolment.JourneyFeedback;
import org.microcred.enrolment.pathway.service.PathwayProgressService;
import org.microcred.enrolment.repository.CredentialStatusRepository;
import org.microcred.enrolment.repository.JourneyRepository;
import org.microcred.enrolment.rest.DashboardViews.Dashboard;
import org.microcred.enrolment.rest.DashboardViews.FeedbackView;
import org.microcred.enrolment.rest.DashboardViews.JourneyView;
import org.microcred.enrolment.rest.DashboardViews.PathwayView;
import org.microcred.enrolment.rest.DashboardViews.StepView;
import org.microcred.support.problem.ProblemException;

/**
 * The earner's dashboard: their journeys with feedback and their credential's status, each
 * journey's timeline, and pathway progress.
 */
@ApplicationScoped
public class DashboardService {

    private final JourneyRepository journeys;
    private final PathwayProgressService pathways;
    private final CredentialStatusRepository credentialStatuses;

    public DashboardService(JourneyRepository journeys, PathwayProgressService pathways,
            CredentialStatusRepository credentialStatuses) {
        this.journeys = journeys;
        this.pathways = pathways;
        this.credentialStatuses = credentialStatuses;
    }

    @WithSession
    public Uni<Dashboard> dashboard(String tenantId, String earnerId, int limit, int offset) {
        return journeys.listForEarner(tenantId, earnerId, offset, limit)
                .chain(page -> journeys.feedback(page.stream().map(j -> j.enrolmentId).toList())
                        .chain(feedback -> credentialStatuses.of(tenantId, page.stream().map(j -> j.credentialId)
                                .toList()).map(statuses -> views(page, feedback, statuses))))
                .chain(views -> journeys.countForEarner(tenantId, earnerId)
                        .chain(total -> pathways.progressFor(tenantId, earnerId)
                                .map(progress -> new Dashboard(views,
                                        progress.stream().map(PathwayView::of).toList(), total, limit, offset))));
    }

    @WithSession
    public Uni<JourneyView> journey(String tenantId, String earnerId, UUID enrolmentId) {
        return journeys.findForEarner(tenantId, earnerId, enrolmentId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Enrolment", enrolmentId))
                .chain(journey -> journeys.feedback(List.of(enrolmentId))
                        .chain(feedback -> credentialStatuses.of(tenantId, Collections.singleton(journey.credentialId))
                                .chain(statuses -> journeys.steps(enrolmentId).map(steps -> JourneyView.of(journey,
                                        journey.credentialId == null ? null : statuses.get(journey.credentialId),
                                        feedback.stream().map(FeedbackView::of).toList(),
                                        steps.stream().map(StepView::of).toList())))));
    }

    private static List<JourneyView> views(List<Journey> page, List<JourneyFeedback> feedback,
            Map<UUID, CredentialStatus.Status> statuses) {
        Map<UUID, List<FeedbackView>> byJourney = feedback.stream().collect(Collectors.groupingBy(
                f -> f.enrolmentId, Collectors.mapping(FeedbackView::of, Collectors.toList())));
        return page.stream()
                .map(j -> JourneyView.of(j, j.credentialId == null ? null : statuses.get(j.credentialId),
                        byJourney.getOrDefault(j.enrolmentId, List.of()), null))
                .toList();
    }
}
