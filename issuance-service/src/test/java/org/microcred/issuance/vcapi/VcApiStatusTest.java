package org.microcred.issuance.vcapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.credentials.dataintegrity.DataIntegrityProofs;
import org.microcred.credentials.status.BitstringStatusListCredential;
import org.microcred.credentials.status.BitstringStatusListEntry;
import org.microcred.issuance.ProfileResolver;

/**
 * VC-API status: revoke, suspend and reinstate a credential signed through the VC-API, by its id, in the served and
 * signed lists; unknown ids, purposes it was not given and other institutions' clients are refused.
 */
@Tag("servers")
@QuarkusTest
class VcApiStatusTest {

    private static final DataIntegrityProofs PROOFS = new DataIntegrityProofs();

    @Test
    void revokingSetsTheCredentialsBitInTheSignedListForGood() {
        JsonNode signed = issuedWith("northbridge", "revocation");
        String id = signed.get("id").asText();
        assertBit(signed.get("credentialStatus"), false);

        VcApiClients.status("northbridge", "northbridge", change(id, "revocation", true)).statusCode(200)
                .body("credentialId", equalTo(id)).body("status", equalTo("REVOKED"));
        assertBit(signed.get("credentialStatus"), true);
        VcApiClients.status("northbridge", "northbridge", change(id, "revocation", false)).statusCode(409)
                .body("type", equalTo("https://microcred.org/problems/revocation-final"));
        assertBit(signed.get("credentialStatus"), true);
    }

    @Test
    void suspendingAndReinstatingMoveTheSuspensionBit() {
        JsonNode signed = issuedWith("northbridge", "suspension");
        String id = signed.get("id").asText();
        VcApiClients.status("northbridge", "northbridge", change(id, "suspension", true)).statusCode(200)
                .body("status", equalTo("SUSPENDED"));
        assertBit(signed.get("credentialStatus"), true);
        VcApiClients.status("northbridge", "northbridge", change(id, "suspension", true)).statusCode(409);
        VcApiClients.status("northbridge", "northbridge", change(id, "suspension", false)).statusCode(200)
                .body("status", equalTo("ACTIVE"));
        assertBit(signed.get("credentialStatus"), false);
    }

    @Test
    void anUnknownIdIs404AndAPurposeTheCredentialWasNotGivenIs400() {
        VcApiClients.status("northbridge", "northbridge", change("urn:uuid:7e1b0a3c-0000-4000-8000-000000000001",
                "revocation", true)).statusCode(404);
        JsonNode revocable = issuedWith("northbridge", "revocation");
        VcApiClients.status("northbridge", "northbridge", change(revocable.get("id").asText(), "suspension", true))
                .statusCode(400).body("type", equalTo("https://microcred.org/problems/no-status-entry"));
        JsonNode plain = VcApiIssueTest.issued("northbridge", VcApiClients.request(Credentials.vc2("northbridge")));
        VcApiClients.status("northbridge", "northbridge", change(plain.get("id").asText(), "revocation", true))
                .statusCode(400).body("type", equalTo("https://microcred.org/problems/no-status-entry"));
    }

    @Test
    void anotherInstitutionsClientCannotChangeTheStatus() {
        JsonNode signed = issuedWith("northbridge", "revocation");
        String id = signed.get("id").asText();
        VcApiClients.status("southport", "northbridge", change(id, "revocation", true)).statusCode(404);
        VcApiClients.status("southport", "southport", change(id, "revocation", true)).statusCode(404);
        assertBit(signed.get("credentialStatus"), false);
    }

    @Test
    void aMalformedStatusRequestIs400() {
        VcApiClients.status("northbridge", "northbridge", Map.of("credentialId", "urn:x", "status", true))
                .statusCode(400).body("type", equalTo("https://microcred.org/problems/unsupported-status-type"));
        VcApiClients.status("northbridge", "northbridge", Map.of("credentialId", "urn:x", "credentialStatus",
                Map.of("type", "BitstringStatusListEntry", "statusPurpose", "revocation"), "status", "yes"))
                .statusCode(400).body("type", equalTo("https://microcred.org/problems/invalid-status"));
    }

    private static JsonNode issuedWith(String tenant, String purpose) {
        ObjectNode request = VcApiClients.request(Credentials.vc2(tenant));
        request.set("options", VcApiClients.json("{\"credentialStatus\": {\"type\": \"BitstringStatusListEntry\","
                + " \"statusPurpose\": \"" + purpose + "\"}}"));
        return VcApiIssueTest.issued(tenant, request);
    }

    private static Map<String, Object> change(String id, String purpose, boolean status) {
        return Map.of("credentialId", id, "credentialStatus", Map.of("type", "BitstringStatusListEntry",
                "statusPurpose", purpose), "status", status);
    }

    /** Reads the served list, checks its proof and the entry's bit. */
    private static void assertBit(JsonNode status, boolean expected) {
        BitstringStatusListEntry entry = BitstringStatusListEntry.parse(status);
        String list = given().get(ProfileResolver.path(entry.statusListCredential())).then().statusCode(200)
                .extract().asString();
        assertTrue(PROOFS.verify(list, new ProfileResolver()).valid(), "the list is signed");
        assertEquals(expected, BitstringStatusListCredential.isSet(list, entry));
    }
}
