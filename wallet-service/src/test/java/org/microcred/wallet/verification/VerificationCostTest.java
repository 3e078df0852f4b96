package org.microcred.wallet.verification;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The rate limit counts what a verification costs, not requests: a credential with four proofs costs four units
 * (one per proof), so a client's 60 units a minute buy about 15 such verifications, not 60.
 */
@Tag("servers")
@QuarkusTest
@QuarkusTestResource(IssuerServer.class)
class VerificationCostTest {

    @Test
    void aClientPaysForEveryProofItAsksToCheck() throws Exception {
        TestIssuer issuer = TestIssuer.didKey();
        ObjectNode signed = (ObjectNode) TestIssuer.JSON.readTree(issuer.sign(issuer.credential("Four proofs")));
        ArrayNode proofs = TestIssuer.JSON.createArrayNode();
        for (int i = 0; i < 4; i++) {
            Json.each(signed.get("proof")).forEach(proof -> proofs.add(proof.deepCopy()));
        }
        signed.set("proof", proofs);
        String client = "10.250." + ThreadLocalRandom.current().nextInt(256) + "." + ThreadLocalRandom.current()
                .nextInt(1, 255);

        int verified = 0;
        Response refused = null;
        while (refused == null && verified < 60) {
            Response response = given().header("X-Forwarded-For", client).contentType(ContentType.JSON)
                    .body(signed.toString()).post("/api/v1/verify");
            if (response.statusCode() == 429) {
                refused = response;
            } else {
                assertTrue(response.statusCode() == 200, response.asString());
                verified++;
            }
        }
        assertTrue(refused != null, "60 verifications of four proofs each were all answered");
        // 15 at four units each, and the refill of the seconds the test took (one unit a second).
        assertTrue(verified >= 14 && verified <= 25, verified + " verifications before the first 429");
        assertTrue(refused.header("Retry-After") != null);
    }
}
