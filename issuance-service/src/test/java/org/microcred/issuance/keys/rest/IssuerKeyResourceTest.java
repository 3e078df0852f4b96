package org.microcred.issuance.keys.rest;

import org.junit.jupiter.api.Tag;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microcred.credentials.dataintegrity.DataIntegrityProofs;
import org.microcred.credentials.verification.ProofCheck;
import org.microcred.issuance.Awards;
import org.microcred.issuance.ProfileResolver;
import org.microcred.support.testing.Tokens;

/**
 * Key rotation and compromise through the admin API, checked the way an outside verifier sees it:
 * the served profile and the credentials' proofs. Tenant southport, so the other classes' northbridge
 * credentials are not invalidated under them.
 */
@Tag("servers")
@QuarkusTest
class IssuerKeyResourceTest {

    private static final DataIntegrityProofs PROOFS = new DataIntegrityProofs();

    @Test
    void afterRotationOldCredentialsStillVerifyAndNewOnesUseTheNewKey() {
        Awards awards = new Awards("southport", "Rotation");
        UUID before = awards.issue("sp-admin");
        String oldKey = signedWith(before);

        String newKey = rotate();
        assertNotEquals(oldKey, newKey);
        keys().body("find { it.keyId == '" + oldKey + "' }.state", equalTo("RETIRED"))
                .body("find { it.keyId == '" + oldKey + "' }.retiredAt", notNullValue())
                .body("find { it.keyId == '" + newKey + "' }.state", equalTo("ACTIVE"))
                .body("findAll { it.state == 'ACTIVE' }.size()", equalTo(1));

        assertValid(before);
        UUID after = awards.issueAnother("sp-admin");
        assertEquals(newKey, signedWith(after));
        assertValid(after);
    }

    @Test
    void aCompromisedKeysCredentialsFailVerificationAndItIsRevokedInTheProfile() {
        Awards awards = new Awards("southport", "Compromise");
        UUID signedByLostKey = awards.issue("sp-admin");
        String lostKey = signedWith(signedByLostKey);
        // A bit change while the key is active: the suspension list is now signed with it too.
        given().auth().oauth2(Tokens.user("sp-admin")).contentType(ContentType.JSON).body(Map.of("reason", "Audit"))
                .post("/api/v1/credentials/" + signedByLostKey + "/suspend").then().statusCode(200);
        rotate();
        UUID signedByNewKey = awards.issueAnother("sp-admin");
        assertValid(signedByLostKey);

        given().auth().oauth2(Tokens.user("sp-admin")).contentType(ContentType.JSON)
                .body(Map.of("reason", "Laptop with the key backup was stolen"))
                .post("/api/v1/issuer-keys/" + lostKey + "/compromise")
                .then().statusCode(200)
                .body("key.state", equalTo("COMPROMISED"))
                .body("key.compromiseReason", equalTo("Laptop with the key backup was stolen"))
                .body("credentialsInvalidated", org.hamcrest.Matchers.greaterThanOrEqualTo(1))
                .body("statusListsResigned", org.hamcrest.Matchers.greaterThanOrEqualTo(1));

        String issuer = given().get("/api/v1/issuers/southport").then().statusCode(200)
                .body("verificationMethod.find { it.id.endsWith('#" + lostKey + "') }.revoked", notNullValue())
                .body("assertionMethod", not(hasItem(org.hamcrest.Matchers.endsWith("#" + lostKey))))
                .extract().path("id");
        ProofCheck lost = PROOFS.verify(Awards.document("sp-admin", signedByLostKey), new ProfileResolver());
        assertFalse(lost.valid());
        assertTrue(lost.reason().contains("compromised"), lost.reason());
        assertEquals(issuer + "/keys/" + lostKey, lost.verificationMethod());
        assertValid(signedByNewKey);
        assertStatusListsVerify(signedByNewKey);
    }

    @Test
    void theActiveKeyCannotBeMarkedCompromisedRotateFirst() {
        String active = rotate();
        compromise("sp-admin", active, "Suspected").statusCode(409)
                .body("type", equalTo("https://microcred.org/problems/key-active"));
        keys().body("find { it.keyId == '" + active + "' }.state", equalTo("ACTIVE"));
    }

    @Test
    void aKeyIsMarkedCompromisedOnce() {
        String old = rotate();
        rotate();
        compromise("sp-admin", old, "Leaked").statusCode(200);
        compromise("sp-admin", old, "Leaked again").statusCode(409)
                .body("type", equalTo("https://microcred.org/problems/key-compromised"));
    }

    @Test
    void theKeyListShowsPublicPartsOnly() {
        rotate();
        List<Map<String, Object>> keys = given().auth().oauth2(Tokens.user("sp-admin")).get("/api/v1/issuer-keys")
                .then().statusCode(200)
                .body("[0].type", equalTo("Multikey"))
                .body("[0].publicKeyMultibase", org.hamcrest.Matchers.startsWith("z6Mk"))
                .body("[0].verificationMethod", org.hamcrest.Matchers.startsWith(
                        given().get("/api/v1/issuers/southport").then().extract().<String>path("id") + "/keys/key-"))
                .extract().jsonPath().getList("$");
        for (Map<String, Object> key : keys) {
            assertEquals(java.util.Set.of("keyId", "verificationMethod", "type", "publicKeyMultibase", "state",
                    "createdAt", "retiredAt", "compromisedAt", "compromiseReason"), key.keySet());
        }
    }

    @Test
    void eachKeyIsAlsoServedOnItsOwnWithoutAToken() {
        String key = rotate();
        given().get("/api/v1/issuers/southport/keys/" + key).then().statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=300"))
                .body("type", equalTo("Multikey"))
                .body("id", org.hamcrest.Matchers.endsWith("/api/v1/issuers/southport/keys/" + key));
        given().get("/api/v1/issuers/southport/keys/key-unknown").then().statusCode(404);
        given().get("/api/v1/issuers/northbridge/keys/" + key).then().statusCode(404);
    }

    @Test
    void withoutATokenTheKeyApiAnswers401() {
        given().get("/api/v1/issuer-keys").then().statusCode(401);
        given().post("/api/v1/issuer-keys/rotate").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("reason", "x"))
                .post("/api/v1/issuer-keys/key-1/compromise").then().statusCode(401);
    }

    @Test
    void anEarnerIsNotAnIssuerAdmin() {
        given().auth().oauth2(Tokens.user("sp-earner")).get("/api/v1/issuer-keys").then().statusCode(403);
        given().auth().oauth2(Tokens.user("sp-earner")).post("/api/v1/issuer-keys/rotate").then().statusCode(403);
        compromise("sp-earner", "key-1", "x").statusCode(403);
    }

    @Test
    void anotherTenantsKeyIs404AndItsListIsItsOwn() {
        String old = rotate();
        rotate();
        compromise("nb-admin", old, "Not yours").statusCode(404)
                .body("type", equalTo("https://microcred.org/problems/not-found"));
        given().auth().oauth2(Tokens.user("nb-admin")).get("/api/v1/issuer-keys").then().statusCode(200)
                .body("keyId", not(hasItem(old)));
        keys().body("find { it.keyId == '" + old + "' }.state", equalTo("RETIRED"));
        compromise("sp-admin", "key-" + UUID.randomUUID().toString().substring(0, 8), "Unknown").statusCode(404);
    }

    @Test
    void theReasonIsRequiredAndBounded() {
        String old = rotate();
        rotate();
        compromise("sp-admin", old, "").statusCode(400).body("errors[0].field", equalTo("reason"));
        compromise("sp-admin", old, "   ").statusCode(400);
        compromise("sp-admin", old, "x".repeat(501)).statusCode(400);
        given().auth().oauth2(Tokens.user("sp-admin")).contentType(ContentType.JSON)
                .post("/api/v1/issuer-keys/" + old + "/compromise").then().statusCode(400);
        given().auth().oauth2(Tokens.user("sp-admin")).contentType(ContentType.JSON).body("{\"reason\":")
                .post("/api/v1/issuer-keys/" + old + "/compromise").then().statusCode(400);
        compromise("sp-admin", "x".repeat(65), "Too long an id").statusCode(400);
        keys().body("find { it.keyId == '" + old + "' }.state", equalTo("RETIRED"));
    }

    private static String rotate() {
        return given().auth().oauth2(Tokens.user("sp-admin")).post("/api/v1/issuer-keys/rotate")
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/issuers/southport/keys/"))
                .body("state", equalTo("ACTIVE"))
                .extract().path("keyId");
    }

    private static io.restassured.response.ValidatableResponse compromise(String user, String keyId, String reason) {
        return given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON).body(Map.of("reason", reason))
                .post("/api/v1/issuer-keys/" + keyId + "/compromise").then();
    }

    private static io.restassured.response.ValidatableResponse keys() {
        return given().auth().oauth2(Tokens.user("sp-admin")).get("/api/v1/issuer-keys").then().statusCode(200);
    }

    private static String signedWith(UUID credentialId) {
        return given().auth().oauth2(Tokens.user("sp-admin")).get("/api/v1/credentials/" + credentialId)
                .then().statusCode(200).extract().path("signedWith");
    }

    private static void assertValid(UUID credentialId) {
        ProofCheck check = PROOFS.verify(Awards.document("sp-admin", credentialId), new ProfileResolver());
        assertTrue(check.valid(), credentialId + ": " + check.reason());
    }

    /** The lists a compromised key had signed were re-signed with the active key. */
    private static void assertStatusListsVerify(UUID credentialId) {
        io.restassured.path.json.JsonPath credential = io.restassured.path.json.JsonPath.from(
                Awards.document("sp-admin", credentialId));
        String revocation = credential.getString("credentialStatus.statusListCredential");
        for (String url : List.of(revocation, revocation.replace("/revocation/", "/suspension/"))) {
            String list = given().get(ProfileResolver.path(url)).then().statusCode(200).extract().asString();
            ProofCheck check = PROOFS.verify(list, new ProfileResolver());
            assertTrue(check.valid(), url + ": " + check.reason());
        }
    }
}
