package org.microcred.issuance.vcapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.credentials.dataintegrity.DataIntegrityProofs;
import org.microcred.credentials.verification.ProofCheck;
import org.microcred.issuance.ProfileResolver;
import org.microcred.support.testing.Tokens;

/**
 * VC-API issue: a VC 2.0, a VC 1.1 and an Open Badges 3.0 credential come back unchanged with an eddsa-rdfc-2022
 * proof by the institution's key (checked as an outside verifier would, through the issuer profile); who may call.
 */
@Tag("servers")
@QuarkusTest
class VcApiIssueTest {

    private static final DataIntegrityProofs PROOFS = new DataIntegrityProofs();

    @Test
    void aVc2CredentialComesBackUnchangedWithAProofThatVerifies() {
        ObjectNode credential = Credentials.vc2("northbridge");
        String body = VcApiClients.issue("northbridge", "northbridge", VcApiClients.request(credential))
                .statusCode(201).contentType(ContentType.JSON).extract().asString();
        JsonNode signed = VcApiClients.json(body).get("verifiableCredential");
        JsonNode proof = signed.get("proof").get(0);
        assertEquals("DataIntegrityProof", proof.get("type").asText());
        assertEquals("eddsa-rdfc-2022", proof.get("cryptosuite").asText());
        assertEquals("assertionMethod", proof.get("proofPurpose").asText());
        assertTrue(proof.get("verificationMethod").asText().startsWith(VcApiClients.issuerId("northbridge") + "/keys/"));
        ObjectNode withoutProof = signed.deepCopy();
        withoutProof.remove("proof");
        assertEquals(credential, withoutProof, "everything but the proof is what was sent");
        assertVerifies(signed);
    }

    @Test
    void aVc11CredentialIsSignedWithTheDataIntegrityContextAdded() {
        ObjectNode credential = Credentials.vc11("northbridge");
        JsonNode signed = issued("northbridge", VcApiClients.request(credential));
        ArrayNode contexts = (ArrayNode) signed.get("@context");
        assertEquals(2, contexts.size());
        assertEquals("https://www.w3.org/2018/credentials/v1", contexts.get(0).asText());
        assertEquals(VcApiIssuer.DATA_INTEGRITY_CONTEXT, contexts.get(1).asText());
        assertEquals(credential.get("issuanceDate"), signed.get("issuanceDate"));
        assertVerifies(signed);
    }

    @Test
    void anOpenBadgeCredentialOfTheRightShapeIsSigned() {
        ObjectNode credential = Credentials.openBadge("northbridge");
        JsonNode signed = issued("northbridge", VcApiClients.request(credential));
        assertEquals(credential.get("credentialSubject"), signed.get("credentialSubject"));
        assertVerifies(signed);
    }

    @Test
    void optionsCredentialStatusAddsEntriesInTheTenantsListsOfAtLeast131072() {
        ObjectNode request = VcApiClients.request(Credentials.vc2("northbridge"));
        request.set("options", VcApiClients.json("""
                {"credentialStatus": [{"type": "BitstringStatusListEntry", "statusPurpose": "revocation"},
                                      {"type": "BitstringStatusListEntry", "statusPurpose": "suspension"}]}"""));
        JsonNode signed = issued("northbridge", request);
        JsonNode entries = signed.get("credentialStatus");
        assertEquals(2, entries.size());
        assertEquals("revocation", entries.get(0).get("statusPurpose").asText());
        assertEquals("suspension", entries.get(1).get("statusPurpose").asText());
        for (JsonNode entry : entries) {
            assertEquals("BitstringStatusListEntry", entry.get("type").asText());
            String list = given().get(ProfileResolver.path(entry.get("statusListCredential").asText())).then()
                    .statusCode(200).extract().asString();
            assertTrue(org.microcred.credentials.status.BitstringStatusList.decode(
                    VcApiClients.json(list).at("/credentialSubject/encodedList").asText()).size() >= 131_072);
        }
        assertVerifies(signed);
    }

    @Test
    void theSameIdIsNotSignedTwice() {
        ObjectNode credential = Credentials.vc2("northbridge");
        VcApiClients.issue("northbridge", "northbridge", VcApiClients.request(credential)).statusCode(201);
        VcApiClients.issue("northbridge", "northbridge", VcApiClients.request(credential)).statusCode(409)
                .body("type", equalTo("https://microcred.org/problems/credential-id-taken"));
    }

    @Test
    void aTokenOfAnotherInstitutionGets404AndItsOwnIssuerIdIsRefusedHere() {
        // southport's client on northbridge's endpoint: the institution is not disclosed
        VcApiClients.issue("southport", "northbridge", VcApiClients.request(Credentials.vc2("northbridge")))
                .statusCode(404);
        // northbridge's client may not sign in southport's name, even on its own endpoint
        VcApiClients.issue("northbridge", "northbridge", VcApiClients.request(Credentials.vc2("southport")))
                .statusCode(400).body("type", equalTo("https://microcred.org/problems/issuer-not-tenant"));
    }

    @Test
    void withoutTheVcIssuerRoleTheEndpointsAreRefused() {
        Map<String, Object> body = Map.of("credential", Map.of());
        given().contentType(ContentType.JSON).body(body).post("/api/v1/issuers/northbridge/credentials/issue")
                .then().statusCode(401);
        for (String user : new String[] {"nb-admin", "nb-earner"}) {
            given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON).body(body)
                    .post("/api/v1/issuers/northbridge/credentials/issue").then().statusCode(403);
            given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON).body(body)
                    .post("/api/v1/issuers/northbridge/credentials/status").then().statusCode(403);
        }
        given().auth().oauth2(Tokens.lms("northbridge")).contentType(ContentType.JSON).body(body)
                .post("/api/v1/issuers/northbridge/credentials/issue").then().statusCode(403);
    }

    @Test
    void aBodyOverTheLimitOrTooDeeplyNestedIsRefusedBeforeAnySigning() {
        ObjectNode credential = Credentials.vc2("northbridge");
        ((ObjectNode) credential.get("credentialSubject")).put("name", "x".repeat(VcApiLimits.MAX_BODY_BYTES));
        VcApiClients.issue("northbridge", "northbridge", VcApiClients.request(credential)).statusCode(413);
        String deep = "[".repeat(VcApiLimits.MAX_DEPTH + 1) + "]".repeat(VcApiLimits.MAX_DEPTH + 1);
        VcApiClients.issue("northbridge", "northbridge", "{\"credential\": " + deep + "}").statusCode(400)
                .body("type", equalTo("https://microcred.org/problems/too-deeply-nested"));
        VcApiClients.issue("northbridge", "northbridge", "{\"credential\": {}, \"credential\": {}}").statusCode(400)
                .body("type", equalTo("https://microcred.org/problems/malformed-json"));
    }

    static JsonNode issued(String tenant, Object request) {
        String body = VcApiClients.issue(tenant, tenant, request).statusCode(201).extract().asString();
        return VcApiClients.json(body).get("verifiableCredential");
    }

    private static void assertVerifies(JsonNode signed) {
        ProofCheck check = PROOFS.verify(signed.toString(), new ProfileResolver());
        assertTrue(check.valid(), "proof: " + check.reason());
        ObjectNode tampered = signed.deepCopy();
        tampered.put("id", "urn:uuid:00000000-0000-4000-8000-000000000000");
        assertFalse(PROOFS.verify(tampered.toString(), new ProfileResolver()).valid(), "a changed id no longer verifies");
    }
}
