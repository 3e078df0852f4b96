package org.microcred.issuance.oid4vci;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The authorization endpoint of a tenant's credential issuer (authorization-code flow with PKCE, OpenID4VCI 1.0 §5)
 * and the callback where the earner comes back from signing in to Keycloak. Public (the browser of a wallet app's
 * user) and rate-limited with the rest of {@code /api/v1/issuers/}. A refused request is answered to the browser as
 * {@code {error, error_description}}: it is never redirected, since the {@code redirect_uri} is not known good; after
 * the sign-in, the wallet's checked redirect URI gets the code or {@code access_denied}.
 */
@Path("/api/v1/issuers/{tenant}/openid4vci")
public class AuthorizationResource {

    private final Authorizations authorizations;
    private final AuthorizationCallbacks callbacks;

    public AuthorizationResource(Authorizations authorizations, AuthorizationCallbacks callbacks) {
        this.authorizations = authorizations;
        this.callbacks = callbacks;
    }

    @GET
    @Path("/authorize")
    @PermitAll
    public Uni<Response> authorize(@RestPath @Size(max = 64) @Pattern(regexp = MetadataResources.TENANT) String tenant,
            @RestQuery("response_type") String responseType, @RestQuery("client_id") String clientId,
            @RestQuery("redirect_uri") String redirectUri, @RestQuery("code_challenge") String codeChallenge,
            @RestQuery("code_challenge_method") String codeChallengeMethod, @RestQuery("state") String state,
            @RestQuery("issuer_state") String issuerState, @RestQuery("scope") String scope,
            @RestQuery("authorization_details") String authorizationDetails) {
        Authorizations.Request request = new Authorizations.Request(responseType, clientId, redirectUri,
                codeChallenge, codeChallengeMethod, state, issuerState, scope, authorizationDetails);
        return Oid4vciResource.answer(Uni.createFrom().deferred(() -> authorizations.start(tenant, request))
                .map(AuthorizationResource::redirect));
    }

    @GET
    @Path("/callback")
    @PermitAll
    public Uni<Response> callback(@RestPath @Size(max = 64) @Pattern(regexp = MetadataResources.TENANT) String tenant,
            @RestQuery("state") String state, @RestQuery("code") String code, @RestQuery("error") String error) {
        return Oid4vciResource.answer(Uni.createFrom().deferred(() -> callbacks.complete(tenant, state, code, error))
                .map(AuthorizationResource::redirect));
    }

    private static Response redirect(String location) {
        return Response.status(302).location(URI.create(location)).header("Cache-Control", "no-store").build();
    }
}
