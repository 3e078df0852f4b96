package org.microcred.wallet.ims.backpack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.microcred.support.problem.ProblemException;
import org.microcred.wallet.ims.ImsApi;

/** Reading another host's discovery document, the base URL an earner enters, and the PKCE pair of a send. */
class OtherHostTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BASE = "https://backpack.example.org/api";

    static ObjectNode discovery() {
        ObjectNode document = JSON.createObjectNode();
        document.putObject("info").put("title", "Example Backpack");
        ObjectNode scheme = document.putObject("components").putObject("securitySchemes").putObject("OAuth2ACG");
        scheme.put("type", "oauth2").put("x-imssf-registrationUrl", BASE + "/register");
        ObjectNode flow = scheme.putObject("flows").putObject("authorizationCode");
        flow.put("authorizationUrl", BASE + "/authorize").put("tokenUrl", BASE + "/token");
        flow.putObject("scopes").put(ImsApi.OB_CREDENTIAL_UPSERT, "Add credentials");
        return document;
    }

    @Test
    void aDiscoveryDocumentGivesTheHostsNameAndEndpoints() {
        OtherHost host = OtherHost.of(BASE, discovery());
        assertEquals(new OtherHost(BASE, "Example Backpack", BASE + "/register", BASE + "/authorize",
                BASE + "/token"), host);
        assertEquals(BASE + "/ims/ob/v3p0/credentials", host.credentialsUrl());
        assertEquals(BASE + "/ims/ob/v3p0/discovery", OtherHost.discoveryUrl(BASE));
    }

    @Test
    void aDocumentWithoutRegistrationTokenOrUpsertScopeIsAFailureOfTheHost() {
        ObjectNode noRegistration = discovery();
        ((ObjectNode) noRegistration.at("/components/securitySchemes/OAuth2ACG")).remove("x-imssf-registrationUrl");
        ObjectNode noToken = discovery();
        ((ObjectNode) noToken.at("/components/securitySchemes/OAuth2ACG/flows/authorizationCode")).remove("tokenUrl");
        ObjectNode readOnly = discovery();
        ((ObjectNode) readOnly.at("/components/securitySchemes/OAuth2ACG/flows/authorizationCode/scopes"))
                .removeAll().put(ImsApi.OB_CREDENTIAL_READONLY, "Read");
        for (ObjectNode broken : new ObjectNode[] {noRegistration, noToken, readOnly}) {
            ProblemException failed = assertThrows(ProblemException.class, () -> OtherHost.of(BASE, broken));
            assertEquals(502, failed.status());
            assertTrue(failed.getMessage().startsWith(BASE + ": "), failed.getMessage());
        }
    }

    @Test
    void theBaseUrlIsTakenWithOrWithoutTheApiPathAndBounded() {
        assertEquals(BASE, OtherHost.normalised(" " + BASE + "/ ", 512));
        assertEquals(BASE, OtherHost.normalised(BASE + "/ims/ob/v3p0", 512));
        assertEquals(BASE, OtherHost.normalised(BASE + "/ims/ob/v3p0/discovery", 512));
        assertEquals(400, assertThrows(ProblemException.class, () -> OtherHost.normalised("", 512)).status());
        assertEquals(400, assertThrows(ProblemException.class,
                () -> OtherHost.normalised("https://x.example/" + "a".repeat(600), 512)).status());
    }

    @Test
    void theChallengeIsTheS256OfTheVerifierAndStatesAreKeptHashed() {
        PkceState pkce = new PkceState("state", "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
        // RFC 7636, appendix B.
        assertEquals("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", pkce.challenge());
        assertEquals(64, PkceState.hashOf("state").length());
        PkceState fresh = PkceState.fresh();
        assertEquals(43, fresh.state().length());
        assertTrue(!fresh.state().equals(PkceState.fresh().state()));
    }
}
