package org.microcred.assessment.rest;

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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestPath;
import org.microcred.assessment.AssessmentTask;
import org.microcred.assessment.service.AssessmentQueries;
import org.microcred.assessment.service.DecisionService;
import org.microcred.events.assessment.CriterionScore;
import org.microcred.events.assessment.Decision;
import org.microcred.support.security.Caller;

/** Assessors work through their institution's queue and decide; earners read their own feedback. */
@Path("/api/v1/assessments")
public class AssessmentResource {

    private final AssessmentQueries queries;
    private final DecisionService decisions;
    private final Caller caller;

    public AssessmentResource(AssessmentQueries queries, DecisionService decisions, Caller caller) {
        this.queries = queries;
        this.decisions = decisions;
        this.caller = caller;
    }

    /**
     * The tenant's tasks of one status, oldest first; optionally only those of one micro-credential
     * or of one submission (a client that just submitted finds its task without paging).
     */
    @GET
    @RolesAllowed("assessor")
    public Uni<List<QueueItemView>> queue(
            @QueryParam("status") @DefaultValue("PENDING") @Pattern(regexp = "PENDING|DECIDED",
                    message = "one of PENDING, DECIDED") String status,
            @QueryParam("achievementId") UUID achievementId,
            @QueryParam("submissionId") UUID submissionId,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        Instant now = Instant.now();
        return queries.queue(caller.tenantId(), AssessmentTask.Status.valueOf(status), achievementId, submissionId,
                        limit)
                .map(list -> list.stream().map(found -> AssessmentMapper.toQueueItem(found, now)).toList());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed("assessor")
    public Uni<AssessmentView> get(@RestPath UUID id) {
        return queries.get(caller.tenantId(), id).map(found -> AssessmentMapper.toView(found, Instant.now()));
    }

    /** Records the judgement and answers the decided task. */
    @POST
    @Path("/{id}/decision")
    @RolesAllowed("assessor")
    public Uni<AssessmentView> decide(@RestPath UUID id, @NotNull @Valid DecisionRequest request) {
        List<CriterionScore> scores = request.scores().stream()
                .map(s -> new CriterionScore(s.criterionId(), s.levelId(), s.feedback()))
                .toList();
        Decision requested = request.outcome() != null ? Decision.valueOf(request.outcome()) : null;
        return decisions.decide(caller.tenantId(), caller.userId(), id,
                        new DecisionService.Judgement(scores, request.feedback(), requested))
                .map(found -> AssessmentMapper.toView(found, Instant.now()));
    }

    /** The earner's view of the judgement of their own submission (its latest attempt). */
    @GET
    @Path("/by-submission/{submissionId}")
    @RolesAllowed("earner")
    public Uni<FeedbackView> forEarner(@RestPath UUID submissionId) {
        return queries.forEarner(caller.tenantId(), caller.userId(), submissionId).map(AssessmentMapper::toFeedback);
    }
}
