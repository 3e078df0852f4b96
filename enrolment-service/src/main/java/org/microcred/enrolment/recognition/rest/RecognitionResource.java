package org.microcred.enrolment.recognition.rest;

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
import java.util.UUID;
import org.jboss.resteasy.reactive.RestPath;
import org.microcred.enrolment.Page;
import org.microcred.enrolment.recognition.Recognition;
import org.microcred.enrolment.recognition.service.RecognitionDecisions;
import org.microcred.support.security.Caller;

/**
 * Recognition of credentials from elsewhere: the institution's issuer-admins see the requests earners' wallets made
 * (one per external credential) and accept one as equivalent to a micro-credential of a pathway, or refuse it.
 * Another institution's request answers 404.
 */
@Path("/api/v1/recognitions")
public class RecognitionResource {

    private final RecognitionDecisions decisions;
    private final Caller caller;

    public RecognitionResource(RecognitionDecisions decisions, Caller caller) {
        this.decisions = decisions;
        this.caller = caller;
    }

    /**
     * Newest first; {@code status} PENDING, ACCEPTED, REFUSED or VOID, else all; {@code externalCredentialId} (the
     * wallet's id of the credential) narrows it to that credential's request.
     */
    @GET
    @RolesAllowed("issuer-admin")
    public Uni<Page<RecognitionView>> list(
            @QueryParam("status") @Pattern(regexp = "^(PENDING|ACCEPTED|REFUSED|VOID)$",
                    message = "PENDING, ACCEPTED, REFUSED or VOID") String status,
            @QueryParam("externalCredentialId") UUID externalCredentialId,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @QueryParam("offset") @DefaultValue("0") @Min(0) @Max(10_000) int offset) {
        return decisions.list(caller.tenantId(), status == null ? null : Recognition.Status.valueOf(status),
                externalCredentialId, limit, offset).map(page -> page.map(RecognitionView::of));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed("issuer-admin")
    public Uni<RecognitionView> get(@RestPath UUID id) {
        return decisions.get(caller.tenantId(), id).map(RecognitionView::of);
    }

    /**
     * 400 when the pathway has no published version or the micro-credential is not in it; 409
     * {@code recognition-decided} once decided, {@code external-credential-not-valid} when the credential is not
     * VALID or has expired.
     */
    @POST
    @Path("/{id}/accept")
    @RolesAllowed("issuer-admin")
    public Uni<RecognitionView> accept(@RestPath UUID id, @NotNull @Valid AcceptRequest request) {
        return decisions.accept(caller.tenantId(), id, request.pathwayId(), request.componentAchievementId(),
                request.reason().strip(), caller.userId()).map(RecognitionView::of);
    }

    @POST
    @Path("/{id}/refuse")
    @RolesAllowed("issuer-admin")
    public Uni<RecognitionView> refuse(@RestPath UUID id, @NotNull @Valid RefuseRequest request) {
        return decisions.refuse(caller.tenantId(), id, request.reason().strip(), caller.userId())
                .map(RecognitionView::of);
    }
}
