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
 * OpenID4VCI 1.0 Credential Issuer Metadata at the address §12.2.2 derives from the issuer identifier
 * ({@code /.well-known/openid-credential-issuer} inserted before its path). Public, rate-limited, cached.
 */
@Path("/.well-known/openid-credential-issuer")
public class CredentialIssuerMetadataResource {

    private final IssuerMetadata metadata;

    public CredentialIssuerMetadataResource(IssuerMetadata metadata) {
        this.metadata = metadata;
    }

    @GET
    @Path("/api/v1/issuers/{tenant}")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> metadata(@RestPath @Size(max = 64) @Pattern(regexp = MetadataResources.TENANT) String tenant,
            @Context Request request) {
        return metadata.requireIssuer(tenant).map(ok -> CachedJson.of(request, metadata.credentialIssuer(tenant),
                MetadataResources.MAX_AGE_SECONDS));
    }
}
