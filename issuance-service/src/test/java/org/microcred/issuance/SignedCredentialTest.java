package org.microcred.issuance;

import org.junit.jupiter.api.Tag;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microcred.credentials.dataintegrity.DataIntegrityProofs;
import org.microcred.credentials.status.BitstringStatusListCredential;
import org.microcred.credentials.status.BitstringStatusListEntry;
import org.microcred.credentials.status.StatusPurpose;
import org.microcred.credentials.verification.ProofCheck;
import org.microcred.events.EventCodec;
import org.microcred.events.issuance.CredentialIssued;

/**
 * Every credential an AWARD issues is signed (eddsa-rdfc-2022) with the issuer's active key and
 * verifies against the issuer profile served over HTTP, as another verifier would check it; its
 * status entries point at signed, public status lists.
 */
@Tag("servers")
@QuarkusTest
class SignedCredentialTest {

    private static final DataIntegrityProofs PROOFS = new DataIntegrityProofs();

    private static Awards awards;
    private static UUID credentialId;
    private static String document;

    @BeforeEach
    void issueOnce() {
        if (credentialId == null) {
            awards = new Awards("northbridge", "Signed SAFe® Zoë 日本語");
            credentialId = awards.issue("nb-admin");
            document = Awards.document("nb-admin", credentialId);
        }
    }

    @Test
    void theIssuedCredentialCarriesAnEddsaRdfcProofByTheIssuersActiveKey() throws Exception {
        JsonNode credential = EventCodec.mapper().readTree(document);
        JsonNode proofs = credential.get("proof");
        assertTrue(proofs.isArray() && proofs.size() == 1, "OB 3.0's schema wants the proof as an array: " + proofs);
        JsonNode proof = proofs.get(0);
        assertEquals("DataIntegrityProof", proof.get("type").asText());
        assertEquals("eddsa-rdfc-2022", proof.get("cryptosuite").asText());
        assertEquals("assertionMethod", proof.get("proofPurpose").asText());
        String keyId = given().auth().oauth2(org.microcred.support.testing.Tokens.user("nb-admin"))
                .get("/api/v1/credentials/" + credentialId).then().statusCode(200)
                .body("signedWith", notNullValue()).extract().path("signedWith");
        assertEquals(credential.at("/issuer/id").asText() + "/keys/" + keyId, proof.get("verificationMethod").asText(),
                "the key URL, which answers the key itself (no fragment for a resolver to drop)");
        assertEquals(credential.get("validFrom").asText(), proof.get("created").asText(), "issued now, to the second");
        assertTrue(proof.get("proofValue").asText().startsWith("z"), "multibase base58btc");
    }

    @Test
    void itVerifiesAgainstTheIssuerProfileServedOverHttp() {
        ProofCheck check = PROOFS.verify(document, new ProfileResolver());
        assertTrue(check.valid(), String.valueOf(check.reason()));
    }

    @Test
    void whatWasPublishedInCredentialIssuedIsTheSameSignedDocument() {
        CredentialIssued issued = IssuanceTopic.await(awards.earnerId, CredentialIssued.class, 1).get(0);
        assertTrue(issued.credential().has("proof"));
        ProofCheck check = PROOFS.verify(issued.credential().toString(), new ProfileResolver());
        assertTrue(check.valid(), String.valueOf(check.reason()));
    }

    @Test
    void credentialIssuedCarriesTheStoredTextThatVerifies() {
        CredentialIssued issued = IssuanceTopic.await(awards.earnerId, CredentialIssued.class, 1).get(0);
        Object[] stored = Db.rows("SELECT id, document FROM issued_credential WHERE id = '" + credentialId + "'")
                .get(0);
        assertEquals(stored[1], issued.credentialText(), "the event carries the stored text, byte for byte");
        ProofCheck check = PROOFS.verify(issued.credentialText(), new ProfileResolver());
        assertTrue(check.valid(), String.valueOf(check.reason()));
    }

    @Test
    void aChangedFieldNoLongerVerifies() throws Exception {
        ObjectNode tampered = (ObjectNode) EventCodec.mapper().readTree(document);
        tampered.put("name", "Something the issuer never awarded");
        ProofCheck check = PROOFS.verify(tampered.toString(), new ProfileResolver());
        assertFalse(check.valid());
    }

    @Test
    void itStatesItsRevocationEntryAndHasTheSameSlotInTheSuspensionList() throws Exception {
        JsonNode status = EventCodec.mapper().readTree(document).get("credentialStatus");
        assertTrue(status.isObject(), "OB 3.0 allows one credentialStatus: " + status);
        BitstringStatusListEntry revocation = BitstringStatusListEntry.parse(status);
        assertEquals("revocation", revocation.statusPurpose().value());
        BitstringStatusListEntry suspension = BitstringStatusListEntry.of(revocation.statusListCredential()
                .replace("/revocation/", "/suspension/"), revocation.statusListIndex(), StatusPurpose.SUSPENSION);
        Object[] slots = Db.rows("SELECT revocation_list, revocation_index, suspension_list, suspension_index"
                + " FROM issued_credential WHERE id = '" + credentialId + "'").get(0);
        assertEquals(List.of(slots[0], slots[1]), List.of(slots[2], slots[3]), "suspension slot = revocation slot");
        assertEquals(revocation.statusListIndex(), ((Number) slots[1]).intValue());
        for (BitstringStatusListEntry entry : List.of(revocation, suspension)) {
            assertTrue(entry.statusListCredential().contains("/api/v1/status-lists/northbridge/"
                    + entry.statusPurpose().value() + "/"), entry.statusListCredential());
            String list = given().get(ProfileResolver.path(entry.statusListCredential()))
                    .then().statusCode(200).extract().asString();
            assertFalse(BitstringStatusListCredential.isSet(list, entry), "a new credential is neither revoked"
                    + " nor suspended");
            ProofCheck check = PROOFS.verify(list, new ProfileResolver());
            assertTrue(check.valid(), "the status list is signed by the issuer: " + check.reason());
        }
    }

    @Test
    void twoCredentialsNeverShareAStatusSlot() throws Exception {
        UUID second = awards.issueAnother("nb-admin");
        JsonNode first = EventCodec.mapper().readTree(document).get("credentialStatus");
        JsonNode other = EventCodec.mapper().readTree(Awards.document("nb-admin", second)).get("credentialStatus");
        assertNotEquals(first.get("id").asText(), other.get("id").asText());
    }

    @Test
    void statusListsArePublicCachedForAMinuteAndAnswer304WhenUnchanged() throws Exception {
        String url = EventCodec.mapper().readTree(document).at("/credentialStatus/statusListCredential").asText();
        Response first = given().get(ProfileResolver.path(url));
        first.then().statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=60"))
                .header("ETag", notNullValue())
                .body("type", equalTo(List.of("VerifiableCredential", "BitstringStatusListCredential")))
                .body("id", equalTo(url))
                .body("credentialSubject.statusPurpose", equalTo("revocation"));
        given().header("If-None-Match", first.header("ETag")).get(ProfileResolver.path(url))
                .then().statusCode(304).header("ETag", equalTo(first.header("ETag")));
    }

    @Test
    void anUnknownStatusListIs404() {
        given().get("/api/v1/status-lists/northbridge/revocation/999999").then().statusCode(404)
                .body("type", equalTo("https://microcred.org/problems/not-found"));
        given().get("/api/v1/status-lists/northbridge/refresh/1").then().statusCode(404);
        given().get("/api/v1/status-lists/nowhere/revocation/1").then().statusCode(404);
        given().get("/api/v1/status-lists/northbridge/revocation/one").then().statusCode(404);
        given().get("/api/v1/status-lists/" + "x".repeat(65) + "/revocation/1").then().statusCode(400);
    }
}
