package org.microcred.enrolment.analytics.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestPath;
import org.microcred.enrolment.analytics.SurveyQuestion;
import org.microcred.enrolment.analytics.service.SurveyService;
import org.microcred.support.security.Caller;

/** The learner survey after award: its questions, set by issuer-admins ({@link EnrolmentSurveyResource}: the answers). */
@Path("/api/v1/analytics/achievements/{id}/survey")
public class SurveyResource {

    /** At most {@link SurveyQuestion#MAX_QUESTIONS} questions; an empty list closes the survey. */
    public record SurveyRequest(@NotNull @Size(max = SurveyQuestion.MAX_QUESTIONS) List<@NotNull @Valid SurveyQuestion> questions) {
    }

    public record SurveyView(List<SurveyQuestion> questions) {
    }

    private final SurveyService surveys;
    private final Caller caller;

    public SurveyResource(SurveyService surveys, Caller caller) {
        this.surveys = surveys;
        this.caller = caller;
    }

    @PUT
    @RolesAllowed("issuer-admin")
    public Uni<SurveyView> configure(@RestPath UUID id, @NotNull @Valid SurveyRequest request) {
        return surveys.configure(caller.tenantId(), id, request.questions()).map(SurveyView::new);
    }

    @GET
    @RolesAllowed({"issuer-admin", "release-manager"})
    public Uni<SurveyView> questions(@RestPath UUID id) {
        return surveys.questions(caller.tenantId(), id).map(SurveyView::new);
    }
}
