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
 * The same credential issuer metadata at the address OpenID4VCI drafts up to 13 used (the well-known suffix appended
 * to the issuer identifier), which wallets written against them still fetch.
 */
@Path("/api/v1/issuers/{tenant}/.well-known")
public class Draft13MetadataResource {

    private final IssuerMetadata metadata;

    public Draft13MetadataResource(IssuerMetadata metadata) {
        this.metadata = metadata;
    }

    @GET
    @Path("/openid-credential-issuer")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> metadata(@RestPath @Size(max = 64) @Pattern(regexp = MetadataResources.TENANT) String tenant,
            @Context Request request) {
        return metadata.requireIssuer(tenant).map(ok -> CachedJson.of(request, metadata.credentialIssuer(tenant),
                MetadataResources.MAX_AGE_SECONDS));
    }
}
