package org.microcred.issuance;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.credentials.jwt.VcJwt;
import org.microcred.credentials.testing.Ob3Schemas;
import org.microcred.credentials.testing.Ob3Schemas.Kind;
import org.microcred.support.testing.Tokens;

/**
 * What the service issues and serves passes 1EdTech's plain OB 3.0 JSON Schemas with no error: the signed
 * credential as stored and served (proof array, one credentialStatus), the claims of its VC-JWT, and the public
 * issuer profile. Status list credentials are not Open Badges: no OB schema applies to them. Skipped without
 * {@code ../shared/conformance/ob3-json-schemas}.
 */
@Tag("servers")
@QuarkusTest
class Ob3SchemaTest {

    private static UUID credentialId;
    private Ob3Schemas schemas;

    @BeforeEach
    void issueOnce() {
        schemas = Ob3Schemas.require();
        if (credentialId == null) {
            credentialId = new Awards("northbridge", "Schema-valid SAFe® Zoë 日本語").issue("nb-admin");
        }
    }

    @Test
    void theSignedCredentialValidates() {
        String document = Awards.document("nb-admin", credentialId);
        assertTrue(document.contains("\"proof\":[{"), "signed, with the proof as an array: " + document);
        schemas.assertValid(Kind.ACHIEVEMENT_CREDENTIAL, document);
    }

    @Test
    void theClaimsOfItsVcJwtValidate() {
        JsonNode view = given().auth().oauth2(Tokens.user("nb-admin")).get("/api/v1/credentials/" + credentialId)
                .then().statusCode(200).extract().as(JsonNode.class);
        schemas.assertValid(Kind.ACHIEVEMENT_CREDENTIAL, VcJwt.unverifiedPayload(view.get("jwt").asText()));
    }

    @Test
    void theIssuerProfileValidates() {
        String profile = given().get("/api/v1/issuers/northbridge").then().statusCode(200).extract().asString();
        schemas.assertValid(Kind.PROFILE, profile);
    }
}
