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
import org.jboss.resteasy.reactive.RestPath;
import org.microcred.issuance.service.IssuerQueries;

/**
 * Public issuer profiles and keys: the URL a credential names as its issuer, which is also the controller document
 * of its keys, and each key at the URL every proof's {@code verificationMethod} names ({@code <issuerId>/keys/<keyId>}).
 * Recognizers have no account, so this is open; it discloses only public keys and what every
 * credential of the tenant already states. Cached for five minutes: a key marked compromised
 * reaches caching verifiers within that time.
 */
@Path("/api/v1/issuers")
public class IssuerResource {

    static final int MAX_AGE_SECONDS = 300;

    private final IssuerQueries queries;

    public IssuerResource(IssuerQueries queries) {
        this.queries = queries;
    }

    @GET
    @Path("/{tenant}")
    @PermitAll
    @Produces({MediaType.APPLICATION_JSON, "application/ld+json"})
    public Uni<Response> profile(@RestPath @Size(max = 64) @Pattern(regexp = "^[A-Za-z0-9._-]+$") String tenant,
            @Context Request request) {
        return queries.profile(tenant).map(document -> CachedJson.of(request, document, MAX_AGE_SECONDS));
    }

    /** One key ({@code Multikey}) at the URL proofs name it by: what resolvers get when they dereference it. */
    @GET
    @Path("/{tenant}/keys/{keyId}")
    @PermitAll
    @Produces({MediaType.APPLICATION_JSON, "application/ld+json"})
    public Uni<Response> key(@RestPath @Size(max = 64) @Pattern(regexp = "^[A-Za-z0-9._-]+$") String tenant,
            @RestPath @Size(max = 64) @Pattern(regexp = "^[A-Za-z0-9._-]+$") String keyId, @Context Request request) {
        return queries.key(tenant, keyId).map(document -> CachedJson.of(request, document, MAX_AGE_SECONDS));
    }
}
