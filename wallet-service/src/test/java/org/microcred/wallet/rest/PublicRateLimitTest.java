package org.microcred.wallet.rest;

import org.junit.jupiter.api.Tag;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.microcred.wallet.WalletFixture;

/** The public endpoints answer 429 to a client that calls too often (60 per minute by default). */
@Tag("servers")
@QuarkusTest
class PublicRateLimitTest {

    private static final String PATH = "/api/v1/public/shares/not-a-token";

    @Test
    void aClientOverItsAllowanceGets429WithRetryAfterAndOthersDoNot() {
        RequestSpecification client = WalletFixture.publicClient();
        // Tokens come back at one a second while the loop runs, so count until the first refusal.
        int allowed = 0;
        Response refused = null;
        while (refused == null && allowed < 200) {
            Response response = client.get(PATH);
            if (response.statusCode() == 429) {
                refused = response;
            } else {
                assertEquals(404, response.statusCode());
                allowed++;
            }
        }
        assertTrue(allowed >= 60 && refused != null, "refused after " + allowed + " requests");
        refused.then().contentType("application/problem+json")
                .body("type", equalTo("https://microcred.org/problems/rate-limited"))
                .body("status", equalTo(429));
        assertTrue(Integer.parseInt(refused.header("Retry-After")) >= 1, refused.header("Retry-After"));

        WalletFixture.publicClient().get(PATH).then().statusCode(404);
    }

    @Test
    void verificationSharesThePublicAllowance() {
        RequestSpecification client = WalletFixture.publicClient();
        int allowed = 0;
        while (allowed < 200 && client.get(PATH).statusCode() != 429) {
            allowed++;
        }
        client.contentType("application/json").body("{}").post("/api/v1/verify")
                .then().statusCode(429).body("type", equalTo("https://microcred.org/problems/rate-limited"));
        WalletFixture.publicClient().contentType("application/json").body("{}").post("/api/v1/verify")
                .then().statusCode(200);
    }

    @Test
    void anotherSpellingOfTheVerifyPathIsLimitedToo() {
        for (String spelling : new String[] {"//api/v1/verify", "/api/v1/./verify", "/api/v1/%2e/verify",
                "/api//v1/verify", "/api/v1/%76erify"}) {
            RequestSpecification client = io.restassured.RestAssured.given().urlEncodingEnabled(false)
                    .header("X-Forwarded-For", "10.250." + java.util.concurrent.ThreadLocalRandom.current()
                            .nextInt(256) + "." + java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 255));
            // Unlimited, this spelling would be answered 200 every time.
            int allowed = 0;
            int status = 0;
            while (allowed < 200 && (status = client.contentType("application/json").body("{}").post(spelling)
                    .statusCode()) != 429) {
                assertEquals(200, status, spelling);
                allowed++;
            }
            assertEquals(429, status, spelling + " was never limited");
            assertTrue(allowed >= 60, spelling + " refused after " + allowed);
        }
    }
}
