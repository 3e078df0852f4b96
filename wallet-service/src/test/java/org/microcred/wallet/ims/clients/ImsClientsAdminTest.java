package org.microcred.wallet.ims.clients;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.support.testing.Tokens;

/**
 * The institution admin's registered platforms: listed and deleted (in Keycloak too) for their own institution
 * only; and ImsClients.tenantOf, which the OB/CLR endpoints ask.
 */
@Tag("servers")
@QuarkusTest
class ImsClientsAdminTest {

    private static final String CLIENTS = "/api/v1/wallet/ims-clients";

    @Inject
    ImsClients imsClients;

    @BeforeEach
    void cleanSlate() {
        ImsClientsFixture.clear("northbridge", "southport");
    }

    private static JsonPath listed(String username) {
        return given().auth().oauth2(Tokens.user(username)).get(CLIENTS).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theAdminListsAndDeletesTheInstitutionsPlatforms() {
        String first = ImsClientsFixture.registered("northbridge").path("client_id").asText();
        String second = ImsClientsFixture.registered("northbridge").path("client_id").asText();
        JsonPath list = listed("nb-admin");
        assertEquals(List.of(second, first), list.getList("clientId"), "newest first");
        assertEquals("example-backpack", list.getString("[0].metadata.software_id"));
        assertNotNull(list.getString("[0].registeredFrom"));

        given().auth().oauth2(Tokens.user("nb-admin")).delete(CLIENTS + "/" + first).then().statusCode(204);
        assertNull(ImsClientsFixture.keycloakClient(first), "gone from Keycloak");
        assertEquals(List.of(second), listed("nb-admin").getList("clientId"));
        given().auth().oauth2(Tokens.user("nb-admin")).delete(CLIENTS + "/" + first).then().statusCode(404);
    }

    @Test
    void anotherInstitutionsAdminNeitherSeesNorDeletesThem() {
        String clientId = ImsClientsFixture.registered("northbridge").path("client_id").asText();
        assertEquals(List.of(), listed("sp-admin").getList("clientId"));
        given().auth().oauth2(Tokens.user("sp-admin")).delete(CLIENTS + "/" + clientId).then().statusCode(404);
        JsonNode stillThere = ImsClientsFixture.keycloakClient(clientId);
        assertNotNull(stillThere, "Keycloak's client was left alone");
        assertEquals(List.of(clientId), listed("nb-admin").getList("clientId"));
    }

    @Test
    void onlyInstitutionAdminsManagePlatforms() {
        given().get(CLIENTS).then().statusCode(401);
        given().auth().oauth2(Tokens.user("nb-earner")).get(CLIENTS).then().statusCode(403);
        given().auth().oauth2(Tokens.user("nb-earner")).delete(CLIENTS + "/ims-x").then().statusCode(403);
    }

    @Test
    void tenantOfNamesTheInstitutionARegisteredPlatformBelongsTo() throws Throwable {
        String clientId = ImsClientsFixture.registered("southport").path("client_id").asText();
        assertEquals("southport", VertxContextSupport.subscribeAndAwait(() -> imsClients.tenantOf(clientId)));
        assertNull(VertxContextSupport.subscribeAndAwait(() -> imsClients.tenantOf("microcred-mobile")));
    }
}
