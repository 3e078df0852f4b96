package org.microcred.wallet.ims.backpack;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.events.issuance.CredentialIssued;
import org.microcred.support.testing.Tokens;
import org.microcred.wallet.WalletFixture;
import org.microcred.wallet.external.ExternalDb;
import org.microcred.wallet.ims.ImsApi;
import org.microcred.support.testing.KeycloakAuthorization;
import org.microcred.wallet.ims.clients.ImsClientsFixture;
import org.microcred.wallet.verification.TestIssuer;

/**
 * Send to my backpack between two institutions of the same system, on the real Keycloak and database: a Northbridge
 * earner sends a credential to Southport's Open Badges host (this wallet, by its base URL), the wallet reads the
 * host's discovery document and registers there (dynamic registration), the earner's browser signs in at Keycloak as
 * the Southport account and consents, and the callback upserts the credential into that account's wallet. The earner's
 * list then says which host holds it.
 */
@Tag("servers")
@QuarkusTest
class BackpackSendTest {

    static final String SENDER = "nb-earner2";
    static final String RECEIVER = "sp-earner";
    static final String SENDS = "/api/v1/wallet/backpack/sends";

    @BeforeEach
    void cleanSlate() {
        ExternalDb.update("DELETE FROM backpack_send");
        ExternalDb.update("DELETE FROM backpack_host");
        ExternalDb.clear();
        ImsClientsFixture.clear("southport");
    }

    /** A credential of another institution in the sender's wallet, naming no email (any account may hold it). */
    static CredentialIssued heldBySender(TestIssuer issuer, String name) {
        ObjectNode credential = issuer.credential(name);
        ((ObjectNode) credential.path("credentialSubject")).remove("identifier");
        return WalletFixture.deliveredSigned(SENDER, issuer.sign(credential));
    }

    static String southport() {
        return "http://localhost:" + RestAssured.port + ImsApi.PREFIX + "/southport";
    }

    static ExtractableResponse<Response> send(String username, UUID credentialId, String host) {
        return given().auth().oauth2(Tokens.user(username)).contentType(ContentType.JSON)
                .body(Map.of("credentialId", credentialId, "host", host)).post(SENDS).then().extract();
    }

    /** The callback as the browser opens it: the redirect Keycloak answered, on this test's server. */
    static ExtractableResponse<Response> openCallback(URI redirect) {
        return given().get(redirect.getRawPath() + "?" + redirect.getRawQuery()).then().extract();
    }

    @Test
    void aCredentialSentToAnotherInstitutionsHostArrivesInTheAccountThatAuthorizedIt() {
        TestIssuer elsewhere = TestIssuer.didKey();
        CredentialIssued held = heldBySender(elsewhere, "Sent across");
        String documentId = WalletFixture.tree(held.credentialText()).path("id").asText();

        ExtractableResponse<Response> started = send(SENDER, held.credentialId(), southport() + "/");
        assertEquals(201, started.statusCode(), started.asString());
        assertEquals("AWAITING_AUTHORIZATION", started.path("send.status"));
        assertEquals(southport(), started.path("send.hostUrl"));
        String authorizationUrl = started.path("authorizationUrl");
        assertTrue(authorizationUrl.contains("code_challenge_method=S256"), authorizationUrl);

        KeycloakAuthorization browser = new KeycloakAuthorization();
        URI redirect = browser.authorize(authorizationUrl, RECEIVER);
        assertTrue(redirect.getPath().endsWith(BackpackCallbackResource.PATH), redirect.toString());
        ExtractableResponse<Response> page = openCallback(redirect);
        assertEquals(200, page.statusCode(), page.asString());
        assertTrue(page.asString().contains("Sent to"), page.asString());

        // In the receiving account's wallet, as its Open Badges API lists it.
        ExtractableResponse<Response> received = given().auth().oauth2(Tokens.user(RECEIVER,
                ImsApi.OB_CREDENTIAL_READONLY)).get(ImsApi.PREFIX + "/southport" + ImsApi.OB + "/credentials")
                .then().extract();
        assertEquals(200, received.statusCode(), received.asString());
        assertTrue(received.<java.util.List<String>>path("credential.id").contains(documentId), received.asString());

        // The sender sees where it went.
        given().auth().oauth2(Tokens.user(SENDER)).get(SENDS).then().statusCode(200)
                .body("[0].status", org.hamcrest.Matchers.equalTo("SENT"))
                .body("[0].hostStatus", org.hamcrest.Matchers.equalTo(201))
                .body("[0].credentialId", org.hamcrest.Matchers.equalTo(held.credentialId().toString()));

        // The callback works once.
        assertEquals(409, openCallback(redirect).statusCode());
        // A second send to the same host reuses the registration.
        assertEquals(201, send(SENDER, held.credentialId(), southport()).statusCode());
        assertEquals(1, ExternalDb.count("SELECT count(*) FROM backpack_host"));
        assertEquals(1, ExternalDb.count("SELECT count(*) FROM registered_ims_client WHERE tenant_id = 'southport'"));
    }

    @Test
    void anotherEarnersCredentialUnsafeHostsAndHostsThatAreNoHostAreRefused() {
        CredentialIssued held = heldBySender(TestIssuer.didKey(), "Not yours");
        assertEquals(404, send("nb-earner", held.credentialId(), southport()).statusCode());
        ExtractableResponse<Response> ftp = send(SENDER, held.credentialId(), "ftp://backpack.example/ims-api/x");
        assertEquals(400, ftp.statusCode(), ftp.asString());
        ExtractableResponse<Response> noHost = send(SENDER, held.credentialId(),
                "http://localhost:" + RestAssured.port + "/not-a-host");
        assertEquals(502, noHost.statusCode(), noHost.asString());
        assertEquals(0, ExternalDb.count("SELECT count(*) FROM backpack_send"));
        // An unknown state is no send.
        assertEquals(404, given().get(BackpackCallbackResource.PATH + "?state=unknown&code=x").then().extract()
                .statusCode());
    }

    @Test
    void anEarnerWhoRefusesAtTheHostEndsTheSendAsFailed() {
        CredentialIssued held = heldBySender(TestIssuer.didKey(), "Refused");
        ExtractableResponse<Response> started = send(SENDER, held.credentialId(), southport());
        String state = KeycloakAuthorization.parameter(URI.create(started.path("authorizationUrl")), "state");
        ExtractableResponse<Response> page = given().get(BackpackCallbackResource.PATH + "?state=" + state
                + "&error=access_denied").then().extract();
        assertEquals(200, page.statusCode());
        assertTrue(page.asString().contains("Not sent"), page.asString());
        given().auth().oauth2(Tokens.user(SENDER)).get(SENDS).then().statusCode(200)
                .body("[0].status", org.hamcrest.Matchers.equalTo("FAILED"));
    }
}
