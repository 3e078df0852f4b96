package org.microcred.issuance.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestPath;
import org.microcred.issuance.StatusChange;
import org.microcred.issuance.service.CredentialQueries;
import org.microcred.issuance.service.CredentialStatusService;
import org.microcred.support.audit.AuditActors;
import org.microcred.support.security.Caller;

/**
 * Issuer-admins look at the credentials their institution issued, and revoke, suspend or reinstate
 * them; another tenant's answer 404.
 */
@Path("/api/v1/credentials")
public class CredentialResource {

    private final CredentialQueries queries;
    private final CredentialStatusService status;
    private final Caller caller;
    private final AuditActors actors;

    public CredentialResource(CredentialQueries queries, CredentialStatusService status, Caller caller,
            AuditActors actors) {
        this.actors = actors;
        this.queries = queries;
        this.status = status;
        this.caller = caller;
    }

    /** The tenant's credentials, newest first, optionally of one earner. */
    @GET
    @RolesAllowed("issuer-admin")
    public Uni<List<CredentialSummary>> list(@QueryParam("earnerId") @Size(min = 1, max = 255) String earnerId,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return queries.list(caller.tenantId(), earnerId, limit)
                .map(list -> list.stream().map(CredentialSummary::of).toList());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed("issuer-admin")
    public Uni<CredentialView> get(@RestPath UUID id) {
        return queries.get(caller.tenantId(), id).map(CredentialView::of);
    }

    /** Revocation is final: the credential's revocation bit is set and its list re-signed. */
    @POST
    @Path("/{id}/revoke")
    @RolesAllowed("issuer-admin")
    public Uni<CredentialSummary> revoke(@RestPath UUID id, @NotNull @Valid ReasonRequest request) {
        return change(id, StatusChange.REVOKE, request);
    }

    /** Sets the suspension bit; a suspended credential can be reinstated. */
    @POST
    @Path("/{id}/suspend")
    @RolesAllowed("issuer-admin")
    public Uni<CredentialSummary> suspend(@RestPath UUID id, @NotNull @Valid ReasonRequest request) {
        return change(id, StatusChange.SUSPEND, request);
    }

    /** Clears the suspension bit of a SUSPENDED credential; a revoked one answers 409. */
    @POST
    @Path("/{id}/reinstate")
    @RolesAllowed("issuer-admin")
    public Uni<CredentialSummary> reinstate(@RestPath UUID id, @NotNull @Valid ReasonRequest request) {
        return change(id, StatusChange.REINSTATE, request);
    }

    private Uni<CredentialSummary> change(UUID id, StatusChange change, ReasonRequest request) {
        return status.change(caller.tenantId(), id, change, request.reason(), actors.caller())
                .map(CredentialSummary::of);
    }
}
