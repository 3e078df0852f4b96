package org.microcred.wallet.ims.clients;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A platform's registration metadata as RFC 7591 and the OB 3.0 specification name it, once {@link RegistrationRules}
 * accepted it: every URL absolute https on the host of {@code client_uri}, the scopes only the IMS ones (and
 * {@code offline_access}). What the platform asked for is what it gets: the flows are fixed
 * ({@link #GRANT_TYPES}, {@link #RESPONSE_TYPES}, {@link #TOKEN_ENDPOINT_AUTH_METHOD}).
 */
@Schema(description = "A platform's registration metadata (RFC 7591)")
@JsonIgnoreProperties(ignoreUnknown = true)
public record ClientMetadata(
        @Schema(description = "Its name, shown on the consent page") @JsonProperty("client_name") String clientName,
        @Schema(description = "Its home page") @JsonProperty("client_uri") String clientUri,
        @Schema(description = "Its logo, shown on the consent page") @JsonProperty("logo_uri") String logoUri,
        @Schema(description = "Its terms of service") @JsonProperty("tos_uri") String tosUri,
        @Schema(description = "Its privacy policy") @JsonProperty("policy_uri") String policyUri,
        @Schema(description = "Its software's id, the same for every installation") @JsonProperty("software_id")
        String softwareId,
        @Schema(description = "Its software's version") @JsonProperty("software_version") String softwareVersion,
        @Schema(description = "Where authorization codes may be sent, exactly") @JsonProperty("redirect_uris")
        List<String> redirectUris,
        @Schema(description = "The scopes it may ask for, space-separated") String scope) {

    public static final List<String> GRANT_TYPES = List.of("authorization_code", "refresh_token");
    public static final List<String> RESPONSE_TYPES = List.of("code");
    public static final String TOKEN_ENDPOINT_AUTH_METHOD = "client_secret_basic";
    /** The scope that asks for a refresh token that outlives the earner's session. */
    public static final String OFFLINE_ACCESS = "offline_access";

    @JsonIgnore
    public List<String> scopes() {
        return List.of(scope.split(" "));
    }

    @Schema(description = "authorization_code and refresh_token")
    @JsonProperty(value = "grant_types", access = JsonProperty.Access.READ_ONLY)
    public List<String> grantTypes() {
        return GRANT_TYPES;
    }

    @Schema(description = "code")
    @JsonProperty(value = "response_types", access = JsonProperty.Access.READ_ONLY)
    public List<String> responseTypes() {
        return RESPONSE_TYPES;
    }

    @Schema(description = "client_secret_basic: the secret in HTTP Basic at the token endpoint")
    @JsonProperty(value = "token_endpoint_auth_method", access = JsonProperty.Access.READ_ONLY)
    public String tokenEndpointAuthMethod() {
        return TOKEN_ENDPOINT_AUTH_METHOD;
    }
}
