package org.microcred.issuance;

import org.junit.jupiter.api.Tag;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microcred.credentials.jwt.VcJwt;
import org.microcred.credentials.jwt.VcJwtCheck;
import org.microcred.events.EventCodec;
import org.microcred.events.issuance.CredentialIssued;
import org.microcred.support.testing.Tokens;

/**
 * Every issued credential is also secured as a VC-JWT by the same ACTIVE key: it verifies against the
 * issuer profile served over HTTP, its claims are the credential itself (without the Data Integrity
 * proof), and it is what the admin view shows and {@code credential.issued} carries.
 */
@Tag("servers")
@QuarkusTest
class CredentialJwtTest {

    private static final VcJwt VC_JWT = new VcJwt();

    private static Awards awards;
    private static UUID credentialId;
    private static JsonNode view;

    @BeforeEach
    void issueOnce() {
        if (credentialId == null) {
            awards = new Awards("northbridge", "JWT SAFe® Zoë 日本語");
            credentialId = awards.issue("nb-admin");
            view = given().auth().oauth2(Tokens.user("nb-admin")).get("/api/v1/credentials/" + credentialId)
                    .then().statusCode(200).extract().as(JsonNode.class);
        }
    }

    @Test
    void theJwtVerifiesAgainstTheIssuerProfileServedOverHttpWithTheActiveKey() throws Exception {
        String jwt = view.get("jwt").asText();
        VcJwtCheck check = VC_JWT.verify(jwt, new ProfileResolver());
        assertTrue(check.valid(), String.valueOf(check.reason()));
        JsonNode header = EventCodec.mapper().readTree(decode(jwt.split("\\.")[0]));
        assertEquals("EdDSA", header.get("alg").asText());
        assertEquals("vc+jwt", header.get("typ").asText());
        String issuerId = view.at("/credential/issuer/id").asText();
        assertEquals(issuerId + "/keys/" + view.get("signedWith").asText(), header.get("kid").asText(),
                "the kid is the key URL, which answers the key itself");
        assertEquals(view.at("/credential/proof/0/verificationMethod").asText(), check.verificationMethod());
    }

    @Test
    void itsClaimsAreTheSameCredentialWithoutTheDataIntegrityProofPlusTheRegisteredClaimsOb3AsksFor()
            throws Exception {
        ObjectNode claims = (ObjectNode) EventCodec.mapper().readTree(
                VcJwt.unverifiedPayload(view.get("jwt").asText()));
        assertEquals(view.at("/credential/issuer/id").asText(), claims.remove("iss").asText(), "iss repeats the issuer");
        assertEquals(view.at("/credential/id").asText(), claims.remove("jti").asText(), "jti is the credential id");
        long validFrom = java.time.Instant.parse(view.at("/credential/validFrom").asText()).getEpochSecond();
        assertEquals(validFrom, claims.remove("nbf").asLong(), "nbf is validFrom");
        assertEquals(validFrom, claims.remove("iat").asLong(), 5, "iat: signed when issued");
        assertFalse(claims.has("sub"), "the subject is a hashed identifier, it has no id");
        assertFalse(claims.has("exp"), "no validUntil, no exp");
        ObjectNode withoutProof = ((ObjectNode) view.get("credential")).deepCopy();
        assertNotNull(withoutProof.remove("proof"));
        assertEquals(withoutProof, claims);
        assertTrue(claims.toString().contains("JWT SAFe® Zoë 日本語"), "Unicode survives the JWS");
    }

    @Test
    void aChangedClaimNoLongerVerifies() {
        String[] parts = view.get("jwt").asText().split("\\.");
        String claims = decode(parts[1]).replace("JWT SAFe®", "Forged SAFe®");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        VcJwtCheck check = VC_JWT.verify(forged, new ProfileResolver());
        assertFalse(check.valid());
        assertEquals("bad-signature", check.reason());
    }

    @Test
    void credentialIssuedCarriesTheSameJwt() {
        CredentialIssued issued = IssuanceTopic.await(awards.earnerId, CredentialIssued.class, 1).get(0);
        assertEquals(view.get("jwt").asText(), issued.credentialJwt());
        assertTrue(VC_JWT.verify(issued.credentialJwt(), new ProfileResolver()).valid());
    }

    private static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }
}
