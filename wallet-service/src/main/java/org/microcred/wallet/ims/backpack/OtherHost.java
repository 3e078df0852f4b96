package org.microcred.wallet.ims.backpack;

import com.fasterxml.jackson.databind.JsonNode;
import org.microcred.support.problem.ProblemException;
import org.microcred.wallet.ims.ImsApi;

/**
 * What another Open Badges 3.0 host's Service Description Document says this wallet needs: its name, where to
 * register, where to send the earner to authorize, where to get the token, and that it takes credentials (the upsert
 * scope). Pure, so the reading of a document is tested without a host.
 *
 * @param baseUrl the host's base URL as the earner gave it, without a trailing slash ({@code .../ims/ob/v3p0} follows)
 */
public record OtherHost(String baseUrl, String name, String registrationUrl, String authorizationUrl,
        String tokenUrl) {

    /** The host's discovery document, under its base URL. */
    public static String discoveryUrl(String baseUrl) {
        return baseUrl + ImsApi.OB + "/discovery";
    }

    /** Its credentials endpoint. */
    public String credentialsUrl() {
        return baseUrl + ImsApi.OB + "/credentials";
    }

    /** 502 naming what is missing when the document is not one this wallet can use. */
    public static OtherHost of(String baseUrl, JsonNode document) {
        JsonNode scheme = document.path("components").path("securitySchemes").path("OAuth2ACG");
        JsonNode flow = scheme.path("flows").path("authorizationCode");
        String registration = required(baseUrl, scheme, "x-imssf-registrationUrl");
        String authorization = required(baseUrl, flow, "authorizationUrl");
        String token = required(baseUrl, flow, "tokenUrl");
        if (!flow.path("scopes").has(ImsApi.OB_CREDENTIAL_UPSERT)) {
            throw BackpackHttp.failed(baseUrl, "its discovery document offers no " + ImsApi.OB_CREDENTIAL_UPSERT
                    + " scope: it does not take credentials");
        }
        String name = document.path("info").path("title").asText("");
        return new OtherHost(baseUrl, name.isBlank() ? baseUrl : name, registration, authorization, token);
    }

    private static String required(String baseUrl, JsonNode node, String field) {
        String value = node.path(field).asText("");
        if (value.isBlank()) {
            throw BackpackHttp.failed(baseUrl, "its discovery document has no " + field);
        }
        return value;
    }

    /** The base URL as entered, trimmed of a trailing slash and of the API path a user may paste with it. */
    public static String normalised(String entered, int maxLength) {
        String url = entered == null ? "" : entered.strip();
        if (url.isEmpty() || url.length() > maxLength) {
            throw ProblemException.invalid("host", "the host's base URL, at most " + maxLength + " characters");
        }
        for (String tail : new String[] {ImsApi.OB + "/discovery", ImsApi.OB, "/"}) {
            if (url.endsWith(tail)) {
                url = url.substring(0, url.length() - tail.length());
            }
        }
        return url;
    }
}
