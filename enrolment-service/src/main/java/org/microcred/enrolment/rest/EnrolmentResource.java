package org.microcred.enrolment.rest;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestPath;
import org.microcred.enrolment.Enrolment;
import org.microcred.enrolment.Page;
import org.microcred.enrolment.service.EnrolmentQueries;
import org.microcred.enrolment.service.EnrolmentService;
import org.microcred.enrolment.service.EnrolmentStatusService;
import org.microcred.support.persistence.UniqueViolation;
import org.microcred.support.security.Caller;

/** Earners enrol (accepting the commitment), see and withdraw their enrolments; staff confirm or decline. */
@Path("/api/v1/enrolments")
public class EnrolmentResource {

    public record EnrolRequest(
            @NotNull UUID achievementId,
            Boolean acceptCommitment,
            @Size(max = 50) String termsVersion) {
    }

    /** Why: optional, shown to the earner on their timeline. */
    public record ReasonRequest(@Size(max = 1000) String reason) {
        static String of(ReasonRequest request) {
            return request == null || request.reason() == null || request.reason().isBlank() ? null
                    : request.reason().strip();
        }
    }

    private final EnrolmentService enrolments;
    private final EnrolmentStatusService statuses;
    private final EnrolmentQueries queries;
    private final Caller caller;
    private final SecurityIdentity identity;

    public EnrolmentResource(EnrolmentService enrolments, EnrolmentStatusService statuses, EnrolmentQueries queries,
            Caller caller, SecurityIdentity identity) {
        this.enrolments = enrolments;
        this.statuses = statuses;
        this.queries = queries;
        this.caller = caller;
        this.identity = identity;
    }

    /**
     * 201 with the new enrolment (ACTIVE, PENDING_CONFIRMATION or WAITLISTED); 200 with the open
     * one when the earner is already enrolled; 422 without acceptance of the current terms; 403
     * {@code email-not-verified} when Keycloak has not verified the earner's email. The verified email is copied into
     * the enrolment here, once: the credential names the earner by it, and a later change in Keycloak changes nothing.
     */
    @POST
    @RolesAllowed("earner")
    public Uni<Response> enrol(@NotNull @Valid EnrolRequest request) {
        EnrolmentService.Applicant earner = new EnrolmentService.Applicant(caller.tenantId(), caller.userId(),
                caller.requireVerifiedEmail(), caller.displayName(), Enrolment.SOURCE_EARNER);
        // Two requests racing to enrol the same earner: the loser finds the winner's enrolment.
        return enrolments.enrol(earner, request.achievementId(), request.acceptCommitment(), request.termsVersion())
                .onFailure(UniqueViolation::is).recoverWithUni(() -> enrolments.enrol(earner,
                        request.achievementId(), request.acceptCommitment(), request.termsVersion()))
                .map(result -> {
                    EnrolmentView view = EnrolmentView.of(result.enrolment(), result.waitlistPosition());
                    return result.created()
                            ? Response.created(URI.create("/api/v1/enrolments/" + view.id())).entity(view).build()
                            : Response.ok(view).build();
                });
    }

    /** The caller's own enrolments, newest first. */
    @GET
    @RolesAllowed("earner")
    public Uni<Page<EnrolmentView>> mine(
            @QueryParam("status") @Pattern(regexp = EnrolmentQueries.STATUSES) String status,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
            @QueryParam("offset") @DefaultValue("0") @Min(0) @Max(10_000) int offset) {
        return queries.ofEarner(caller.tenantId(), caller.userId(), EnrolmentQueries.statusOf(status), limit, offset);
    }

    /** An earner's own enrolment; for issuer-admins, any of their institution's. */
    @GET
    @Path("/{id}")
    @RolesAllowed({"earner", "issuer-admin"})
    public Uni<EnrolmentView> one(@RestPath UUID id) {
        return queries.one(caller.tenantId(), caller.userId(), identity.hasRole("issuer-admin"), id);
    }

    /** The earner leaves; their place goes to the first on the waiting list. */
    @POST
    @Path("/{id}/withdraw")
    @RolesAllowed("earner")
    public Uni<EnrolmentView> withdraw(@RestPath UUID id, @Valid ReasonRequest request) {
        return statuses.withdraw(caller.tenantId(), caller.userId(), id, ReasonRequest.of(request))
                .chain(queries::view);
    }

    @POST
    @Path("/{id}/confirm")
    @RolesAllowed("issuer-admin")
    public Uni<EnrolmentView> confirm(@RestPath UUID id, @Valid ReasonRequest request) {
        return statuses.confirm(caller.tenantId(), id, ReasonRequest.of(request)).chain(queries::view);
    }

    @POST
    @Path("/{id}/decline")
    @RolesAllowed("issuer-admin")
    public Uni<EnrolmentView> decline(@RestPath UUID id, @Valid ReasonRequest request) {
        return statuses.decline(caller.tenantId(), id, ReasonRequest.of(request)).chain(queries::view);
    }
}
