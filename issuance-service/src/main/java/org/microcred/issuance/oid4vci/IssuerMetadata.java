package org.microcred.issuance.oid4vci;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.microcred.events.EventCodec;
import org.microcred.issuance.IssuerProfile;
import org.microcred.issuance.repository.CredentialRepository;
import org.microcred.issuance.service.IssuerDirectory;
import org.microcred.support.problem.ProblemException;

/**
 * The metadata documents of a tenant's credential issuer: OpenID4VCI 1.0 Credential Issuer Metadata (§12.2) and the
 * RFC 8414 Authorization Server Metadata of its token endpoint. The credential issuer identifier is the tenant's
 * issuer id ({@code <public base>/api/v1/issuers/<tenant>}), the URL every credential names as its issuer; the
 * issuer is its own authorization server (pre-authorized code grant, and the authorization code grant whose sign-in
 * it delegates to Keycloak), so {@code authorization_servers} is left out.
 */
@ApplicationScoped
public class IssuerMetadata {

    static final String PRE_AUTHORIZED_GRANT = "urn:ietf:params:oauth:grant-type:pre-authorized_code";

    private final IssuerDirectory issuers;
    private final CredentialRepository credentials;
    private final Oid4vciConfig config;
    private final KeycloakLogin login;

    public IssuerMetadata(IssuerDirectory issuers, CredentialRepository credentials, Oid4vciConfig config,
            KeycloakLogin login) {
        this.issuers = issuers;
        this.credentials = credentials;
        this.config = config;
        this.login = login;
    }

    /** Whether the authorization-code flow is offered (its Keycloak client is configured). */
    public boolean offersAuthorizationCode() {
        return login.isEnabled();
    }

    /**
     * Fails with 404 unless the tenant is an issuer here (configured, or has issued), as its issuer profile does: no
     * metadata, and no nonces, for any name someone types.
     */
    @WithSession
    public Uni<Void> requireIssuer(String tenantId) {
        if (issuers.isConfigured(tenantId)) {
            return Uni.createFrom().voidItem();
        }
        return credentials.hasIssued(tenantId).invoke(issued -> {
            if (!issued) {
                throw ProblemException.notFound("Issuer", tenantId);
            }
        }).replaceWithVoid();
    }

    public String issuerId(String tenantId) {
        return issuers.issuerId(tenantId);
    }

    /** Where the token, nonce, credential and offer endpoints are: under the issuer id. */
    public String endpoint(String tenantId, String name) {
        return issuerId(tenantId) + "/openid4vci/" + name;
    }

    public ObjectNode credentialIssuer(String tenantId) {
        IssuerProfile profile = issuers.profileOf(tenantId);
        ObjectNode metadata = object();
        metadata.put("credential_issuer", profile.id());
        metadata.put("credential_endpoint", endpoint(tenantId, "credential"));
        metadata.put("nonce_endpoint", endpoint(tenantId, "nonce"));
        metadata.putObject("batch_credential_issuance").put("batch_size", config.maxProofs());
        metadata.set("display", display(profile.name()));
        ObjectNode configurations = metadata.putObject("credential_configurations_supported");
        configurations.set(CredentialConfigurations.LDP_VC, ldpVc(profile));
        configurations.set(CredentialConfigurations.JWT_VC_JSON, jwtVcJson(profile));
        return metadata;
    }

    public ObjectNode authorizationServer(String tenantId) {
        ObjectNode metadata = object();
        metadata.put("issuer", issuerId(tenantId));
        metadata.put("token_endpoint", endpoint(tenantId, "token"));
        metadata.put("pre-authorized_grant_anonymous_access_supported", true);
        metadata.set("token_endpoint_auth_methods_supported", strings(List.of("none")));
        if (!offersAuthorizationCode()) {
            metadata.set("grant_types_supported", strings(List.of(PRE_AUTHORIZED_GRANT)));
            // RFC 8414 requires the member; without the authorization-code flow there is no authorization endpoint.
            metadata.set("response_types_supported", strings(List.of()));
            return metadata;
        }
        metadata.put("authorization_endpoint", endpoint(tenantId, "authorize"));
        metadata.set("grant_types_supported", strings(List.of(AuthorizationCodeGrants.GRANT,
                PRE_AUTHORIZED_GRANT)));
        metadata.set("response_types_supported", strings(List.of("code")));
        metadata.set("code_challenge_methods_supported", strings(List.of(Pkce.S256)));
        metadata.set("scopes_supported", strings(CredentialConfigurations.SCOPES));
        metadata.set("authorization_details_types_supported", strings(List.of("openid_credential")));
        metadata.put("authorization_response_iss_parameter_supported", true);
        return metadata;
    }

    private ObjectNode ldpVc(IssuerProfile profile) {
        ObjectNode configuration = common(CredentialConfigurations.LDP_VC, "ldp_vc", "eddsa-rdfc-2022", profile);
        ObjectNode definition = object();
        definition.set("@context", strings(CredentialConfigurations.CONTEXTS));
        definition.set("type", strings(CredentialConfigurations.TYPES));
        configuration.set("credential_definition", definition);
        return configuration;
    }

    private ObjectNode jwtVcJson(IssuerProfile profile) {
        ObjectNode configuration = common(CredentialConfigurations.JWT_VC_JSON, "jwt_vc_json", "EdDSA", profile);
        ObjectNode definition = object();
        definition.set("type", strings(CredentialConfigurations.TYPES));
        configuration.set("credential_definition", definition);
        return configuration;
    }

    private ObjectNode common(String id, String format, String signingAlgorithm, IssuerProfile profile) {
        ObjectNode configuration = object();
        configuration.put("format", format);
        configuration.put("scope", CredentialConfigurations.scopeOf(id));
        configuration.set("cryptographic_binding_methods_supported", strings(List.of("did:key", "did:jwk", "jwk")));
        configuration.set("credential_signing_alg_values_supported", strings(List.of(signingAlgorithm)));
        configuration.putObject("proof_types_supported").putObject("jwt")
                .set("proof_signing_alg_values_supported", strings(List.of("EdDSA", "ES256")));
        ArrayNode display = display("Open Badge from " + profile.name());
        // 1.0 puts display under credential_metadata; draft-13 wallets read it beside format.
        configuration.putObject("credential_metadata").set("display", display);
        configuration.set("display", display.deepCopy());
        return configuration;
    }

    private static ArrayNode display(String name) {
        ObjectNode entry = object();
        entry.put("name", name);
        entry.put("locale", "en");
        ArrayNode display = EventCodec.mapper().createArrayNode();
        display.add(entry);
        return display;
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode array = EventCodec.mapper().createArrayNode();
        values.forEach(array::add);
        return array;
    }

    private static ObjectNode object() {
        return EventCodec.mapper().createObjectNode();
    }
}
