package org.microcred.issuance.vcapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.eclipse.microprofile.config.ConfigProvider;
import org.microcred.events.EventCodec;
import org.microcred.support.testing.KeycloakTokens;

import static io.restassured.RestAssured.given;

/** The demo institutions' VC-API clients (vcapi-northbridge, vcapi-southport: role vc-issuer), and requests of them. */
final class VcApiClients {

    private static final class Holder {
        static final KeycloakTokens TOKENS = KeycloakTokens.fromEnvironment();
    }

    private VcApiClients() {
    }

    static String token(String tenant) {
        return Holder.TOKENS.clientCredentials("vcapi-" + tenant, "MICROCRED_VCAPI_" + tenant.toUpperCase() + "_SECRET");
    }

    static String issuerId(String tenant) {
        return ConfigProvider.getConfig().getValue("microcred.public-base-url", String.class) + "/api/v1/issuers/"
                + tenant;
    }

    static ValidatableResponse issue(String tokenTenant, String pathTenant, Object body) {
        return given().auth().oauth2(token(tokenTenant)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/issuers/" + pathTenant + "/credentials/issue").then();
    }

    static ValidatableResponse status(String tokenTenant, String pathTenant, Object body) {
        return given().auth().oauth2(token(tokenTenant)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/issuers/" + pathTenant + "/credentials/status").then();
    }

    static ObjectNode request(JsonNode credential) {
        ObjectNode request = EventCodec.mapper().createObjectNode();
        request.set("credential", credential);
        return request;
    }

    static JsonNode json(String text) {
        try {
            return EventCodec.mapper().readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
