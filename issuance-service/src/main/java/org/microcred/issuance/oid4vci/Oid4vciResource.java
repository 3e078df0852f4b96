package org.microcred.issuance.oid4vci;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.CompositeException;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestPath;
import org.microcred.events.EventCodec;

/**
 * The wallet-facing OpenID4VCI 1.0 endpoints of a tenant's credential issuer, under its issuer id: the offer document
 * ({@code credential_offer_uri}), the token endpoint (pre-authorized code and authorization code grants), the nonce
 * endpoint and the credential endpoint. Wallets have no account: each is open ({@code /api/v1/issuers/} is rate-limited per client), and the
 * offer id, the code and the access token are the capabilities. Answers carry {@code Cache-Control: no-store}, and
 * errors of the OAuth endpoints are {@code {error, error_description}} ({@link OAuthError}).
 */
@Path("/api/v1/issuers/{tenant}/openid4vci")
public class Oid4vciResource {

    private static final String NO_STORE = "no-store";

    private final CredentialOffers offers;
    private final TokenGrants grants;
    private final AuthorizationCodeGrants authorizationCodes;
    private final Nonces nonces;
    private final CredentialEndpoint credentials;
    private final IssuerMetadata metadata;

    public Oid4vciResource(CredentialOffers offers, TokenGrants grants, AuthorizationCodeGrants authorizationCodes,
            Nonces nonces, CredentialEndpoint credentials, IssuerMetadata metadata) {
        this.offers = offers;
        this.grants = grants;
        this.authorizationCodes = authorizationCodes;
        this.nonces = nonces;
        this.credentials = credentials;
        this.metadata = metadata;
    }

    /** The offer a {@code credential_offer_uri} names; it states the pre-authorized code, so it is never cached. */
    @GET
    @Path("/offers/{offerId}")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> offer(@RestPath @Size(max = 64) @Pattern(regexp = MetadataResources.TENANT) String tenant,
            @RestPath @Size(max = 128) String offerId) {
        return offers.document(tenant, offerId)
                .map(document -> Response.ok(document).header("Cache-Control", NO_STORE).build());
    }

    /**
     * The token endpoint: the pre-authorized code grant ({@link TokenGrants}) and the authorization code grant with
     * PKCE ({@link AuthorizationCodeGrants}).
     */
    @POST
    @Path("/token")
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> token(@RestPath @Size(max = 64) @Pattern(regexp = MetadataResources.TENANT) String tenant,
            @FormParam("grant_type") String grantType, @FormParam("pre-authorized_code") String preAuthorizedCode,
            @FormParam("tx_code") String txCode, @FormParam("authorization_details") String authorizationDetails,
            @FormParam("code") String code, @FormParam("redirect_uri") String redirectUri,
            @FormParam("code_verifier") String codeVerifier, @FormParam("client_id") String clientId) {
        if (AuthorizationCodeGrants.GRANT.equals(grantType)) {
            return answer(authorizationCodes.redeem(tenant, new AuthorizationCodeGrants.Redemption(code, redirectUri,
                    codeVerifier, clientId)).map(Oid4vciResource::granted));
        }
        return answer(Uni.createFrom().item(() -> {
            if (grantType == null || preAuthorizedCode == null || preAuthorizedCode.isEmpty()) {
                throw OAuthError.of("invalid_request", "grant_type and pre-authorized_code are required");
            }
            if (!IssuerMetadata.PRE_AUTHORIZED_GRANT.equals(grantType)) {
                throw OAuthError.of("unsupported_grant_type", "Only " + IssuerMetadata.PRE_AUTHORIZED_GRANT
                        + " and " + AuthorizationCodeGrants.GRANT + " are supported");
            }
            if (preAuthorizedCode.length() > 128 || (txCode != null && txCode.length() > 64)) {
                throw OAuthError.of("invalid_grant", "The pre-authorized code is unknown, used or expired");
            }
            return AuthorizationDetails.configurations(authorizationDetails);
        }).chain(requested -> grants.redeem(tenant, preAuthorizedCode, txCode, requested))
                .map(Oid4vciResource::granted));
    }

    private static Response granted(TokenGrants.Outcome outcome) {
        if (outcome.error() != null) {
            throw outcome.error();
        }
        return Response.ok(tokenResponse(outcome.grant())).header("Cache-Control", NO_STORE).build();
    }

    @POST
    @Path("/nonce")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> nonce(@RestPath @Size(max = 64) @Pattern(regexp = MetadataResources.TENANT) String tenant) {
        return metadata.requireIssuer(tenant).chain(() -> nonces.issue(tenant))
                .map(nonce -> Response.ok(Map.of("c_nonce", nonce)).header("Cache-Control", NO_STORE).build());
    }

    @POST
    @Path("/credential")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> credential(@RestPath @Size(max = 64) @Pattern(regexp = MetadataResources.TENANT) String tenant,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, String body) {
        return answer(Uni.createFrom().item(() -> bearer(authorization))
                .chain(token -> credentials.issue(tenant, token, body))
                .map(answer -> Response.ok(answer).header("Cache-Control", NO_STORE).build()));
    }

    private static String bearer(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                || authorization.length() > 7 + 128) {
            throw OAuthError.invalidToken("An access token of the token endpoint is required (Authorization: Bearer)");
        }
        return authorization.substring(7).trim();
    }

    private static ObjectNode tokenResponse(TokenGrants.Grant grant) {
        ObjectNode response = EventCodec.mapper().createObjectNode();
        response.put("access_token", grant.accessToken());
        response.put("token_type", "Bearer");
        response.put("expires_in", grant.expiresIn());
        if (grant.configurationIds() != null) {
            var details = response.putArray("authorization_details");
            for (String configuration : grant.configurationIds()) {
                ObjectNode detail = details.addObject();
                detail.put("type", "openid_credential");
                detail.put("credential_configuration_id", configuration);
                var identifiers = detail.putArray("credential_identifiers");
                grant.awardIds().forEach(award -> identifiers.add(CredentialConfigurations.identifier(configuration,
                        award)));
            }
        }
        return response;
    }

    /** An {@link OAuthError}, alone or first of a failed transaction's failures, becomes its OAuth answer. */
    static Uni<Response> answer(Uni<Response> response) {
        return response.onFailure(Oid4vciResource::isOAuthError)
                .recoverWithItem(failure -> oauthError(failure).response());
    }

    private static boolean isOAuthError(Throwable failure) {
        return oauthError(failure) != null;
    }

    private static OAuthError oauthError(Throwable failure) {
        if (failure instanceof OAuthError error) {
            return error;
        }
        if (failure instanceof CompositeException composite && composite.getCauses().get(0) instanceof OAuthError e) {
            return e;
        }
        return null;
    }
}
