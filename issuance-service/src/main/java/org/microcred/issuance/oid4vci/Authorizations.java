package org.microcred.issuance.oid4vci;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.microcred.support.capability.CapabilityValues;
import org.microcred.support.problem.ProblemException;

/**
 * The authorization endpoint of the authorization-code flow: validates a wallet's request and keeps it while the
 * earner signs in to Keycloak ({@link KeycloakLogin}). The request names the credential by an offer's
 * {@code issuer_state} (the award is known), or by configuration ({@code scope} or {@code authorization_details}):
 * then the token covers every active award of the earner, one {@code credential_identifier} each. What happens when
 * the earner comes back is {@link AuthorizationCallbacks}.
 */
@ApplicationScoped
public class Authorizations {

    static final int MAX_CLIENT_ID = 255;
    static final int MAX_STATE = 512;
    static final int MAX_SCOPE = 1024;

    /** The query of {@code GET .../openid4vci/authorize}. */
    public record Request(String responseType, String clientId, String redirectUri, String codeChallenge,
            String codeChallengeMethod, String state, String issuerState, String scope, String authorizationDetails) {
    }

    private final Oid4vciRepository store;
    private final IssuerMetadata metadata;
    private final KeycloakLogin login;
    private final Oid4vciConfig config;

    public Authorizations(Oid4vciRepository store, IssuerMetadata metadata, KeycloakLogin login,
            Oid4vciConfig config) {
        this.store = store;
        this.metadata = metadata;
        this.login = login;
        this.config = config;
    }

    /** Stores the pending authorization and answers where the browser signs in (Keycloak, our client). */
    @WithTransaction
    public Uni<String> start(String tenantId, Request request) {
        if (!login.isEnabled()) {
            throw ProblemException.notFound("Authorization endpoint", tenantId);
        }
        validate(request);
        List<String> asked = askedConfigurations(request);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Uni<PendingAuthorization> pending = request.issuerState() != null
                ? byOffer(tenantId, request.issuerState(), asked, now)
                : metadata.requireIssuer(tenantId).map(ok -> {
                    if (asked == null) {
                        throw OAuthError.of("invalid_request", "Name the credential: issuer_state of an offer, or a"
                                + " scope or authorization_details with a credential_configuration_id");
                    }
                    return pending(tenantId, null, asked);
                });
        return pending.chain(authorization -> {
            String state = CapabilityValues.newValue();
            String verifier = CapabilityValues.newValue();
            authorization.stateHash = CapabilityValues.sha256(state);
            authorization.clientId = request.clientId();
            authorization.redirectUri = request.redirectUri();
            authorization.walletState = request.state();
            authorization.codeChallenge = request.codeChallenge();
            authorization.loginVerifier = verifier;
            authorization.createdAt = now;
            authorization.expiresAt = now.plus(config.authorizationLifetime());
            return store.persist(authorization)
                    .replaceWith(login.authorizationUrl(metadata.endpoint(tenantId, "callback"), state, verifier));
        });
    }

    private static void validate(Request request) {
        if (request.clientId() == null || request.clientId().isBlank()
                || request.clientId().length() > MAX_CLIENT_ID) {
            throw OAuthError.of("invalid_request", "client_id is required (at most " + MAX_CLIENT_ID
                    + " characters)");
        }
        if (!RedirectUris.isAcceptable(request.redirectUri())) {
            throw OAuthError.of("invalid_request", "redirect_uri must be an https URL, a custom scheme of an app,"
                    + " or http on the loopback interface, without fragment");
        }
        if (!"code".equals(request.responseType())) {
            throw OAuthError.of("unsupported_response_type", "response_type must be code");
        }
        if (request.codeChallenge() == null || request.codeChallengeMethod() == null) {
            throw OAuthError.of("invalid_request", "PKCE is required: code_challenge with code_challenge_method"
                    + " S256");
        }
        if (!Pkce.S256.equals(request.codeChallengeMethod())) {
            throw OAuthError.of("invalid_request", "code_challenge_method must be S256 (plain is not accepted)");
        }
        if (!Pkce.isChallenge(request.codeChallenge())) {
            throw OAuthError.of("invalid_request", "code_challenge is the base64url SHA-256 of the verifier");
        }
        if ((request.state() != null && request.state().length() > MAX_STATE)
                || (request.issuerState() != null && request.issuerState().length() > 128)
                || (request.scope() != null && request.scope().length() > MAX_SCOPE)) {
            throw OAuthError.of("invalid_request", "state, issuer_state or scope is too long");
        }
    }

    /** The configurations asked by scope and authorization_details together, or null when neither asks any. */
    private static List<String> askedConfigurations(Request request) {
        Set<String> asked = new LinkedHashSet<>();
        List<String> details = AuthorizationDetails.configurations(request.authorizationDetails());
        if (details != null) {
            for (String configuration : details) {
                if (!CredentialConfigurations.isKnown(configuration)) {
                    throw OAuthError.of("invalid_request", "Unknown credential_configuration_id " + configuration);
                }
                asked.add(configuration);
            }
        }
        if (request.scope() != null) {
            for (String scope : request.scope().trim().split(" +")) {
                if (scope.isEmpty() || scope.equals("openid")) {
                    continue;
                }
                asked.add(CredentialConfigurations.ofScope(scope).orElseThrow(() -> OAuthError.of("invalid_scope",
                        "Unknown scope " + scope + "; known: " + CredentialConfigurations.SCOPES)));
            }
        }
        return asked.isEmpty() ? null : new ArrayList<>(asked);
    }

    private Uni<PendingAuthorization> byOffer(String tenantId, String issuerState, List<String> asked, Instant now) {
        return store.offerByIssuerState(tenantId, CapabilityValues.sha256(issuerState)).map(offer -> {
            if (offer == null || !offer.isRedeemable(now)) {
                throw OAuthError.of("invalid_request", "issuer_state names no offer that can still be used");
            }
            if (asked != null && !offer.configurations().containsAll(asked)) {
                throw OAuthError.of("invalid_request", "The offer of this issuer_state does not offer that"
                        + " credential configuration");
            }
            return pending(tenantId, offer.idHash, asked != null ? asked : offer.configurations());
        });
    }

    private static PendingAuthorization pending(String tenantId, String offerIdHash, List<String> configurations) {
        PendingAuthorization authorization = new PendingAuthorization();
        authorization.tenantId = tenantId;
        authorization.offerIdHash = offerIdHash;
        authorization.configurationIds = String.join(",", configurations);
        return authorization;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
