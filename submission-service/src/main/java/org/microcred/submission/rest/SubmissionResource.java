package org.microcred.submission.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestPath;
import org.microcred.events.submission.WrittenAnswer;
import org.microcred.submission.service.AttemptService;
import org.microcred.submission.service.SubmissionQueries;
import org.microcred.submission.service.SubmitService;

/** Earners gather evidence in attempts and submit them; assigned assessors and issuer-admins read them. */
@Path("/api/v1/submissions")
public class SubmissionResource {

    private final AttemptService attempts;
    private final SubmitService submits;
    private final SubmissionQueries queries;
    private final Requesters requesters;

    public SubmissionResource(AttemptService attempts, SubmitService submits, SubmissionQueries queries,
            Requesters requesters) {
        this.attempts = attempts;
        this.submits = submits;
        this.queries = queries;
        this.requesters = requesters;
    }

    /** 201 with a new attempt; 200 with the open draft when there is one. */
    @POST
    @RolesAllowed("earner")
    public Uni<Response> start(@NotNull @Valid SubmissionRequests.Start request) {
        return attempts.start(requesters.earner(), request.enrolmentId()).map(started -> {
            SubmissionViews.Submission view = SubmissionMapper.toView(started.details());
            return started.created()
                    ? Response.created(URI.create("/api/v1/submissions/" + view.id())).entity(view).build()
                    : Response.ok(view).build();
        });
    }

    @PUT
    @Path("/{id}/answers")
    @RolesAllowed("earner")
    public Uni<SubmissionViews.Submission> answers(@RestPath UUID id, @NotNull @Valid SubmissionRequests.Answers request) {
        List<WrittenAnswer> answers = request.answers().stream()
                .map(a -> new WrittenAnswer(a.promptId(), a.text())).toList();
        return attempts.replaceAnswers(requesters.earner(), id, answers).map(SubmissionMapper::toView);
    }

    /** 200 with the receipt; submitting again answers the same receipt. */
    @POST
    @Path("/{id}/submit")
    @RolesAllowed("earner")
    public Uni<SubmissionViews.Receipt> submit(@RestPath UUID id) {
        return submits.submit(requesters.earner(), id).map(SubmissionMapper::toReceipt);
    }

    /** The open draft of the caller's enrolment, to resume it; 404 when there is none. */
    @GET
    @Path("/draft")
    @RolesAllowed("earner")
    public Uni<SubmissionViews.Submission> draft(@QueryParam("enrolmentId") @NotNull UUID enrolmentId) {
        return queries.draft(requesters.earner(), enrolmentId).map(SubmissionMapper::toView);
    }

    /** The earner's own, an assessor's assigned attempt, or any of the institution's for issuer-admins. */
    @GET
    @Path("/{id}")
    @RolesAllowed({"earner", "assessor", "issuer-admin"})
    public Uni<SubmissionViews.Submission> get(@RestPath UUID id) {
        return queries.get(requesters.reader(), id).map(SubmissionMapper::toView);
    }

    /** The caller's attempts for one enrolment, newest first. */
    @GET
    @RolesAllowed("earner")
    public Uni<List<SubmissionViews.Submission>> list(@QueryParam("enrolmentId") @NotNull UUID enrolmentId,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return queries.list(requesters.earner(), enrolmentId, limit)
                .map(list -> list.stream().map(SubmissionMapper::toView).toList());
    }
}
