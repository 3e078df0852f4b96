package org.microcred.issuance.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;
import org.microcred.issuance.IssuerJson;
import org.microcred.issuance.service.CredentialQueries;

/**
 * Public issuer profiles: the URL a credential names as its issuer. Recognizers have no account,
 * so this is open; it discloses only what every credential of the tenant already states.
 */
@Path("/api/v1/issuers")
public class IssuerResource {

    private final CredentialQueries queries;

    public IssuerResource(CredentialQueries queries) {
        this.queries = queries;
    }

    @GET
    @Path("/{tenant}")
    @PermitAll
    @Produces({MediaType.APPLICATION_JSON, "application/ld+json"})
    public Uni<ObjectNode> profile(@RestPath @Size(max = 64) @Pattern(regexp = "^[A-Za-z0-9._-]+$") String tenant) {
        return queries.issuer(tenant).map(IssuerJson::document);
    }
}
