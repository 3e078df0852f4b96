package org.microcred.wallet.ims.clients;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.microcred.support.testing.TestServerSettings;
import org.microcred.support.testing.Tokens;
import org.microcred.wallet.WalletDb;
import org.microcred.wallet.ims.ImsApi;
import org.microcred.support.testing.KeycloakAuthorization;

/**
 * Registered platforms as the tests make and see them: a valid registration, sent from an address of the test's own
 * (X-Forwarded-For from the trusted loopback "proxy", so each test has its own registration allowance), Keycloak's
 * side of a client read through the admin API with wallet-registrar's token, and a clean slate per tenant.
 */
public final class ImsClientsFixture {

    static final String HOST = "https://platform.example";
    static final String REDIRECT = HOST + "/oauth/callback";

    private ImsClientsFixture() {
    }

    /** A registration the rules accept, asking for the OB read scope and offline access. */
    static Map<String, Object> validRegistration() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("client_name", "Example Backpack");
        body.put("client_uri", HOST + "/");
        body.put("logo_uri", HOST + "/logo.png");
        body.put("tos_uri", HOST + "/terms");
        body.put("policy_uri", HOST + "/privacy");
        body.put("software_id", "example-backpack");
        body.put("software_version", "1.0.0");
        body.put("redirect_uris", List.of(REDIRECT));
        body.put("scope", ImsApi.OB_CREDENTIAL_READONLY + " " + ImsApi.OB_PROFILE_READONLY + " offline_access");
        return body;
    }

    /** A client address no other test uses (TEST-NET-3 and a random host part). */
    static String newAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "203.0." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    static Response register(String tenant, Object body, String address) {
        return given().contentType(ContentType.JSON).header("X-Forwarded-For", address).body(body)
                .post(ImsApi.PREFIX + "/" + tenant + ImsApi.REGISTER);
    }

    /** Registers and answers the 201's body. */
    static JsonNode registered(String tenant) {
        String body = register(tenant, validRegistration(), newAddress()).then().statusCode(201).extract().asString();
        return KeycloakAuthorization.json(body);
    }

    /** Keycloak's ClientRepresentation of the client, or null when Keycloak has none of that client_id. */
    static JsonNode keycloakClient(String clientId) {
        JsonNode found = admin("/clients?clientId=" + clientId);
        return found.isEmpty() ? null : found.get(0);
    }

    /** A GET of Keycloak's admin API for the realm (path after /admin/realms/microcred). */
    static JsonNode admin(String path) {
        return KeycloakAuthorization.json(adminCall(path, "GET"));
    }

    private static HttpResponse<String> adminCall(String path, String method) {
        String realmUrl = TestServerSettings.get("MICROCRED_OIDC_URL", "http://localhost:8180/realms/microcred");
        String adminUrl = realmUrl.replace("/realms/", "/admin/realms/");
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(adminUrl + path))
                    .header("Authorization", "Bearer " + Tokens.walletRegistrar())
                    .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Deletes every platform registered for these tenants, in Keycloak and in the table. */
    public static void clear(String... tenants) {
        for (String tenant : tenants) {
            for (Map.Entry<String, String> client : clientsOf(tenant).entrySet()) {
                adminCall("/clients/" + client.getValue(), "DELETE");
                update("DELETE FROM registered_ims_client WHERE client_id = ?", client.getKey());
            }
        }
    }

    /** The tenant's rows: client_id to Keycloak's internal id. */
    static Map<String, String> clientsOf(String tenant) {
        Map<String, String> ids = new LinkedHashMap<>();
        try (Connection connection = WalletDb.connect(); PreparedStatement statement = connection.prepareStatement(
                "SELECT client_id, keycloak_id FROM registered_ims_client WHERE tenant_id = ?")) {
            statement.setString(1, tenant);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.put(rows.getString(1), rows.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return ids;
    }

    static int update(String sql, Object... parameters) {
        return WalletDb.update(sql, parameters);
    }

}
