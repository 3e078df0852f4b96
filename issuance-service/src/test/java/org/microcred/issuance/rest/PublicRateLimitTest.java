package org.microcred.issuance.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issuance's public endpoints have a budget of their own per client (120 a minute), except for the internal
 * networks the verifier calls from. The test's peer is a trusted "proxy" (loopback), so X-Forwarded-For names the
 * client.
 */
@Tag("servers")
@QuarkusTest
class PublicRateLimitTest {

    private static final String STATUS_LIST = "/api/v1/status-lists/no-such-tenant/revocation/1";

    private static RequestSpecification clientAt(String address) {
        return given().urlEncodingEnabled(false).header("X-Forwarded-For", address);
    }

    private static String outsideAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "198.51." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    /** Requests until the first 429, which it returns; fails if none comes within 400. */
    private static Response exhaust(RequestSpecification client, String path) {
        for (int i = 0; i < 400; i++) {
            Response response = client.get(path);
            if (response.statusCode() == 429) {
                assertTrue(i >= 120, "refused after only " + i + " requests");
                return response;
            }
            assertEquals(404, response.statusCode());
        }
        throw new AssertionError("never limited");
    }

    @Test
    void theStatusListEndpointIsLimitedPerClient() {
        RequestSpecification client = clientAt(outsideAddress());
        exhaust(client, STATUS_LIST).then().contentType("application/problem+json")
                .header("Retry-After", org.hamcrest.Matchers.notNullValue())
                .body("type", equalTo("https://microcred.org/problems/rate-limited"));
        client.get("/api/v1/issuers/northbridge").then().statusCode(429);
        client.get("//api/v1/status-lists/no-such-tenant/revocation/1").then().statusCode(429);
        client.get("/api/v1/./issuers/northbridge").then().statusCode(429);
        clientAt(outsideAddress()).get("/api/v1/issuers/northbridge").then().statusCode(200);
    }

    @Test
    void anExemptInternalNetworkIsNeverLimited() {
        RequestSpecification verifier = clientAt("10.77.3.4");
        for (int i = 0; i < 300; i++) {
            verifier.get(STATUS_LIST).then().statusCode(404);
        }
        for (int i = 0; i < 300; i++) {
            given().get(STATUS_LIST).then().statusCode(404);   // loopback, no header
        }
    }
}
