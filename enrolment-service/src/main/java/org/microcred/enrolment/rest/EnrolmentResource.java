package org.microcred.enrolment.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import org.microcred.enrolment.Enrolment;
import org.microcred.enrolment.service.EnrolmentService;
import org.microcred.support.persistence.UniqueViolation;
import org.microcred.support.security.Caller;

/** Earners enrol in published micro-credentials of their institution. */
@Path("/api/v1/enrolments")
public class EnrolmentResource {

    public record EnrolRequest(@NotNull UUID achievementId) {
    }

    public record EnrolmentView(UUID id, UUID achievementId, int achievementVersion, Instant enrolledAt) {
        static EnrolmentView of(Enrolment e) {
            return new EnrolmentView(e.id, e.achievementId, e.achievementVersion, e.enrolledAt);
        }
    }

    private final EnrolmentService enrolments;
    private final Caller caller;

    public EnrolmentResource(EnrolmentService enrolments, Caller caller) {
        this.enrolments = enrolments;
        this.caller = caller;
    }

    /** 201 with the new enrolment; 200 with the existing one when the earner is already enrolled. */
    @POST
    @RolesAllowed("earner")
    public Uni<Response> enrol(@NotNull @Valid EnrolRequest request) {
        // Two requests racing to enrol the same earner: the loser finds the winner's enrolment.
        return enrolments.enrol(caller, request.achievementId())
                .onFailure(UniqueViolation::is).recoverWithUni(() -> enrolments.enrol(caller, request.achievementId()))
                .map(EnrolmentResource::toResponse);
    }

    private static Response toResponse(EnrolmentService.Result result) {
        EnrolmentView view = EnrolmentView.of(result.enrolment());
        return result.created()
                ? Response.created(URI.create("/api/v1/dashboard/" + view.id())).entity(view).build()
                : Response.ok(view).build();
    }
}
