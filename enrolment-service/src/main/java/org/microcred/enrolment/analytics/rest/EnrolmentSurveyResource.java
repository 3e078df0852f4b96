package org.microcred.enrolment.analytics.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestPath;
import org.microcred.enrolment.analytics.SurveyQuestion;
import org.microcred.enrolment.analytics.service.SurveyService;
import org.microcred.support.security.Caller;

/** The earner's side of the learner survey, on their own enrolment: whether it is open, and their one answer. */
@Path("/api/v1/enrolments/{id}/survey")
public class EnrolmentSurveyResource {

    /** Answers by question id: a scale as "1".."5", a choice as its text. */
    public record AnswerRequest(
            @NotEmpty @Size(max = SurveyQuestion.MAX_QUESTIONS) Map<String, @NotNull @Size(max = 100) String> answers) {
    }

    private final SurveyService surveys;
    private final Caller caller;

    public EnrolmentSurveyResource(SurveyService surveys, Caller caller) {
        this.surveys = surveys;
        this.caller = caller;
    }

    /** {@code open} once the enrolment is awarded and its micro-credential has questions, while unanswered. */
    @GET
    @RolesAllowed("earner")
    public Uni<SurveyService.EnrolmentSurvey> forEnrolment(@RestPath UUID id) {
        return surveys.forEarner(caller.tenantId(), caller.userId(), id);
    }

    /** 201; 409 {@code survey-answered} the second time, {@code survey-not-open} before the award. */
    @POST
    @RolesAllowed("earner")
    public Uni<Response> answer(@RestPath UUID id, @NotNull @Valid AnswerRequest request) {
        return surveys.answer(caller.tenantId(), caller.userId(), id, request.answers())
                .map(ignored -> Response.status(201).build());
    }
}
