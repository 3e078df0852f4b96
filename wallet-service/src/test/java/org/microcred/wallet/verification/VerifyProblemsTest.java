package org.microcred.wallet.verification;

import org.junit.jupiter.api.Tag;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.microcred.wallet.verification.Reports.bytes;
import static org.microcred.wallet.verification.Reports.detail;
import static org.microcred.wallet.verification.Reports.verify;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.microcred.wallet.WalletFixture;

/** Input that cannot be checked at all is a 4xx problem naming what is wrong, never a 500. */
@Tag("servers")
@QuarkusTest
class VerifyProblemsTest {

    @Test
    void malformedJsonIsA400Problem() {
        verify("{\"@context\": [").statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://microcred.org/problems/malformed-json"));
        verify("[1, 2]").statusCode(400).body("type", equalTo("https://microcred.org/problems/malformed-json"));
        verify("{\"id\": 1, \"id\": 2}").statusCode(400)
                .body("type", equalTo("https://microcred.org/problems/malformed-json"));
        WalletFixture.publicClient().contentType("application/vc+jwt").body(bytes("not.a-jwt"))
                .post("/api/v1/verify").then().statusCode(400)
                .body("type", equalTo("https://microcred.org/problems/malformed-jwt"));
    }

    @Test
    void anUnknownContextIsA422ProblemNamingIt() {
        TestIssuer issuer = TestIssuer.didKey();
        ObjectNode credential = issuer.credential("Unknown context");
        ((ArrayNode) credential.get("@context"))
                .add("https://evil.example/context.json");
        verify(credential.toString()).statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://microcred.org/problems/unknown-context"))
                .body("detail", containsString("https://evil.example/context.json"));
    }

    @Test
    void anUnknownCryptosuiteIsA422Problem() throws Exception {
        TestIssuer issuer = TestIssuer.didKey();
        ObjectNode signed = (ObjectNode) TestIssuer.JSON.readTree(issuer.sign(issuer.credential("Other suite")));
        ((ObjectNode) signed.get("proof")).put("cryptosuite", "ecdsa-sd-2023");
        verify(signed.toString()).statusCode(422)
                .body("type", equalTo("https://microcred.org/problems/unsupported-cryptosuite"))
                .body("detail", containsString("ecdsa-sd-2023"));
    }

    @Test
    void anOversizedCredentialIsA413Problem() {
        TestIssuer issuer = TestIssuer.didKey();
        ObjectNode credential = issuer.credential("Oversized");
        credential.put("description", "x".repeat(1024 * 1024));
        verify(credential.toString()).statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("https://microcred.org/problems/body-too-large"));
    }

    @Test
    void oddShapesAreAnsweredWithAReportOrA4xxNeverA500() {
        String v2 = "\"@context\": [\"https://www.w3.org/ns/credentials/v2\"]";
        String[] bodies = {
            "{}", "{\"proof\": 5}", "{\"proof\": [1]}", "{\"@context\": 5}", "{\"@context\": [{}]}",
            "{" + v2 + ", \"proof\": {\"type\": \"DataIntegrityProof\", \"cryptosuite\": \"eddsa-rdfc-2022\","
                    + " \"verificationMethod\": \"did:key:zzz\", \"proofPurpose\": \"assertionMethod\","
                    + " \"proofValue\": \"zabc\"}}",
            "{" + v2 + ", \"issuer\": 7, \"validFrom\": 5, \"credentialStatus\": \"x\"}",
            "{" + v2 + ", \"issuer\": \"did:web:a%2Fb\", \"credentialStatus\": [{\"type\": \"BitstringStatusListEntry\","
                    + " \"statusPurpose\": \"message\", \"statusListIndex\": \"1\","
                    + " \"statusListCredential\": \"file:///etc/passwd\"}]}",
            "{\"jwt\": 5}", "{\"jwt\": \"a.b.c\"}", "\"text\"", "null",
        };
        for (String body : bodies) {
            int status = verify(body).extract().statusCode();
            assertTrue(status == 200 || (status >= 400 && status < 500),
                    status + " for " + body);
        }
    }
}
