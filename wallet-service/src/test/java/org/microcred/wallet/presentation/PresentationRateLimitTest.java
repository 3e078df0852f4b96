package org.microcred.wallet.presentation;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.support.capability.CapabilityValues;
import org.microcred.wallet.WalletFixture;

/**
 * The presentation requests' public paths share the wallet's public allowance per client: a client that spent it on
 * interaction URLs is refused the exchange, making requests and reading results too; another client is not.
 */
@Tag("servers")
@QuarkusTest
class PresentationRateLimitTest {

    @Test
    void aClientOverItsAllowanceIsRefusedOnEveryPresentationPathAndOthersAreNot() {
        RequestSpecification client = WalletFixture.publicClient();
        String unknown = "/presentation-interactions/" + CapabilityValues.newValue();
        int allowed = 0;
        int status = 0;
        while (allowed < 200 && (status = client.accept("application/json").get(unknown).statusCode()) != 429) {
            assertEquals(404, status);
            allowed++;
        }
        assertTrue(status == 429 && allowed >= 60, "refused after " + allowed + " requests");
        client.contentType("application/json").body("{}").post("/presentation-exchanges/" + CapabilityValues.newValue())
                .then().statusCode(429).body("type", equalTo("https://microcred.org/problems/rate-limited"));
        client.contentType("application/json").body(Map.of("issuerId", "https://issuer.example"))
                .post("/api/v1/presentation-requests").then().statusCode(429);
        client.get("/api/v1/presentation-results/" + CapabilityValues.newValue()).then().statusCode(429);

        WalletFixture.publicClient().accept("application/json").get(unknown).then().statusCode(404);
    }
}
