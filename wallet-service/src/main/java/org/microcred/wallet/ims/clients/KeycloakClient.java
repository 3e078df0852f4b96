package org.microcred.wallet.ims.clients;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.microcred.wallet.ims.ImsApi;

/**
 * The Keycloak client (ClientRepresentation) of a registered platform: confidential, authorization code only with
 * PKCE S256 required, the earner's consent asked on every first authorization (shown with the platform's name, logo,
 * terms and privacy policy), exact redirect URIs, no scope of the realm beyond what it needs.
 *
 * <p>Default client scopes: {@code ims-api} (audience microcred-api and the earner's {@code tenant}, without which the
 * wallet accepts nothing) and {@code basic} (the {@code sub} claim: who the earner is). Not {@code roles}: a platform's
 * token carries no realm role, so the wallet's own earner API ({@code @RolesAllowed("earner")}) refuses it and only
 * the OB/CLR endpoints, which check scopes, accept it. Not {@code profile}, {@code email} or {@code acr}: nothing
 * reads them. Optional client scopes: the IMS scopes the platform registered and {@code offline_access}. Both lists
 * are set, so that Keycloak adds none of the realm's defaults to either.
 */
public record KeycloakClient(String id, String clientId, String name, String description, String baseUrl,
        boolean enabled, String protocol, boolean publicClient, String clientAuthenticatorType, String secret,
        boolean standardFlowEnabled, boolean implicitFlowEnabled, boolean directAccessGrantsEnabled,
        boolean serviceAccountsEnabled, boolean consentRequired, boolean fullScopeAllowed, boolean frontchannelLogout,
        List<String> redirectUris, List<String> webOrigins, Map<String, String> attributes,
        List<String> defaultClientScopes, List<String> optionalClientScopes) {

    /** The realm's scope that puts the {@code sub} claim in access tokens. */
    static final String BASIC = "basic";

    static KeycloakClient of(String id, String clientId, String secret, String tenant, ClientMetadata metadata) {
        List<String> optional = new ArrayList<>(metadata.scopes().stream().filter(ImsApi.SCOPES::contains).toList());
        optional.add(ClientMetadata.OFFLINE_ACCESS);
        Map<String, String> attributes = Map.of(
                "pkce.code.challenge.method", "S256",
                "logoUri", metadata.logoUri(),
                "tosUri", metadata.tosUri(),
                "policyUri", metadata.policyUri(),
                "oauth2.device.authorization.grant.enabled", "false",
                "oidc.ciba.grant.enabled", "false");
        String description = "1EdTech platform registered for " + tenant + ": " + metadata.softwareId() + " "
                + metadata.softwareVersion();
        // Keycloak keeps at most 255 characters of a description.
        description = description.substring(0, Math.min(255, description.length()));
        return new KeycloakClient(id, clientId, metadata.clientName(), description, metadata.clientUri(), true,
                "openid-connect", false, "client-secret", secret, true, false, false, false, true, false, false,
                metadata.redirectUris(), List.of(), attributes, List.of(ImsApi.API_CLIENT_SCOPE, BASIC), optional);
    }
}
