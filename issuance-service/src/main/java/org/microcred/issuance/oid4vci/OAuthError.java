package org.microcred.issuance.oid4vci;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An error of the token, nonce or credential endpoint in the shape RFC 6749 (§5.2) and OpenID4VCI 1.0 (§8.3.1.2)
 * give it, {@code {error, error_description}}: wallets read that, not problem details. {@code invalid_token} is a
 * 401 with {@code WWW-Authenticate: Bearer error="invalid_token"} (RFC 6750); every other one a 400.
 */
public final class OAuthError extends RuntimeException {

    private final String error;
    private final int status;

    private OAuthError(int status, String error, String description) {
        super(description, null, false, false);
        this.status = status;
        this.error = error;
    }

    public static OAuthError of(String error, String description) {
        return new OAuthError(400, error, description);
    }

    public static OAuthError invalidToken(String description) {
        return new OAuthError(401, "invalid_token", description);
    }

    public String error() {
        return error;
    }

    public Response response() {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("error_description", getMessage());
        Response.ResponseBuilder response = Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(body).header("Cache-Control", "no-store");
        if (status == 401) {
            response.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        }
        return response.build();
    }
}
