package org.microcred.issuance.oid4vci;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.microcred.events.EventCodec;

/** RFC 9396 {@code authorization_details} of OpenID4VCI (type {@code openid_credential}), at the token and
 * authorization endpoints. */
final class AuthorizationDetails {

    private AuthorizationDetails() {
    }

    /** The configurations a wallet asked for in {@code authorization_details} (RFC 9396), or null without it. */
    static List<String> configurations(String authorizationDetails) {
        if (authorizationDetails == null || authorizationDetails.isBlank()) {
            return null;
        }
        JsonNode details;
        try {
            details = authorizationDetails.length() > 4096 ? null : EventCodec.mapper().readTree(authorizationDetails);
        } catch (JsonProcessingException e) {
            details = null;
        }
        if (details == null || !details.isArray() || details.isEmpty()) {
            throw OAuthError.of("invalid_request", "authorization_details is a JSON array of openid_credential"
                    + " entries");
        }
        List<String> configurations = new ArrayList<>();
        for (JsonNode detail : details) {
            if (!"openid_credential".equals(detail.path("type").asText())
                    || !detail.path("credential_configuration_id").isTextual()) {
                throw OAuthError.of("invalid_request", "Each authorization_details entry has type openid_credential"
                        + " and a credential_configuration_id");
            }
            configurations.add(detail.get("credential_configuration_id").asText());
        }
        return configurations;
    }

}
