package org.microcred.issuance.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import org.jboss.resteasy.reactive.RestPath;
import org.microcred.credentials.status.StatusPurpose;
import org.microcred.issuance.service.IssuerQueries;
import org.microcred.support.problem.ProblemException;

/**
 * The signed {@code BitstringStatusListCredential}s, public because every verifier of a credential
 * fetches its list. Served byte for byte as stored (signed when a bit last changed), cached for a
 * minute: a revocation reaches caching verifiers within that time.
 */
@Path("/api/v1/status-lists")
public class StatusListResource {

    static final int MAX_AGE_SECONDS = 60;

    private final IssuerQueries queries;

    public StatusListResource(IssuerQueries queries) {
        this.queries = queries;
    }

    @GET
    @Path("/{tenant}/{purpose}/{listNumber}")
    @PermitAll
    @Produces({MediaType.APPLICATION_JSON, "application/ld+json", "application/vc"})
    public Uni<Response> list(@RestPath @Size(max = 64) @Pattern(regexp = "^[A-Za-z0-9._-]+$") String tenant,
            @RestPath @Size(max = 32) String purpose, @RestPath int listNumber, @Context Request request) {
        StatusPurpose known = Arrays.stream(StatusPurpose.values()).filter(p -> p.value().equals(purpose))
                .findFirst().orElseThrow(() -> ProblemException.notFound("Status list", tenant + "/" + purpose
                        + "/" + listNumber));
        return queries.statusList(tenant, known, listNumber)
                .map(list -> CachedJson.of(request, list.document, MAX_AGE_SECONDS));
    }
}
