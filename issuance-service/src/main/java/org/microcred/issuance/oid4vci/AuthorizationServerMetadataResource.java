package org.microcred.issuance.oid4vci;

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
import org.jboss.resteasy.reactive.RestPath;
import org.microcred.issuance.rest.CachedJson;

/**
 * RFC 8414 Authorization Server Metadata of a tenant's credential issuer, which is its own authorization server:
 * the token endpoint of the pre-authorized code grant. Public, rate-limited, cached.
 */
@Path("/.well-known/oauth-authorization-server")
public class AuthorizationServerMetadataResource {

    private final IssuerMetadata metadata;

    public AuthorizationServerMetadataResource(IssuerMetadata metadata) {
        this.metadata = metadata;
    }

    @GET
    @Path("/api/v1/issuers/{tenant}")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> metadata(@RestPath @Size(max = 64) @Pattern(regexp = MetadataResources.TENANT) String tenant,
            @Context Request request) {
        return metadata.requireIssuer(tenant).map(ok -> CachedJson.of(request,
                metadata.authorizationServer(tenant), MetadataResources.MAX_AGE_SECONDS));
    }
}
