package org.microcred.assessment.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestPath;
import org.microcred.assessment.service.AssessmentQueries;
import org.microcred.support.security.Caller;

/** Earners read the judgement of their own attempts, and only their own. */
@Path("/api/v1/assessments")
public class EarnerFeedbackResource {

    private final AssessmentQueries queries;
    private final Caller caller;

    public EarnerFeedbackResource(AssessmentQueries queries, Caller caller) {
        this.queries = queries;
        this.caller = caller;
    }

    /** The judgement of the latest attempt of the earner's own submission. */
    @GET
    @Path("/by-submission/{submissionId}")
    @RolesAllowed("earner")
    public Uni<FeedbackView> bySubmission(@RestPath UUID submissionId) {
        return queries.forEarner(caller.tenantId(), caller.userId(), submissionId).map(AssessmentMapper::toFeedback);
    }

    /** Every final decision of the earner's own enrolment (rubric or progress), oldest attempt first. */
    @GET
    @Path("/feedback")
    @RolesAllowed("earner")
    public Uni<PageView<FeedbackView>> feedback(
            @QueryParam("enrolmentId") @NotNull UUID enrolmentId,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
            @QueryParam("offset") @DefaultValue("0") @Min(0) @Max(10000) int offset) {
        return queries.feedback(caller.tenantId(), caller.userId(), enrolmentId, limit, offset)
                .map(page -> new PageView<>(page.items().stream().map(AssessmentMapper::toFeedback).toList(),
                        page.total(), limit, offset));
    }
}
