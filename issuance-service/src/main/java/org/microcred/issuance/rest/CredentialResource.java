package org.microcred.issuance.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestPath;
import org.microcred.issuance.service.CredentialQueries;
import org.microcred.support.security.Caller;

/** Issuer-admins look at the credentials their institution issued; another tenant's answer 404. */
@Path("/api/v1/credentials")
public class CredentialResource {

    private final CredentialQueries queries;
    private final Caller caller;

    public CredentialResource(CredentialQueries queries, Caller caller) {
        this.queries = queries;
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
}
