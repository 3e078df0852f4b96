package org.microcred.issuance.exchange;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.support.capability.CapabilityValues;
import org.microcred.support.problem.Problem;

/**
 * The public paths of the exchanges share the service's per-client budget (120 in the test profile): an outside
 * client (named by X-Forwarded-For from the trusted loopback "proxy") that spends it on interaction URLs is refused
 * on the exchanges too, while another client is not.
 */
@Tag("servers")
@QuarkusTest
@QuarkusTestResource(Ed25519Signature2020ContextResource.class)
class ExchangeRateLimitTest {

    private static final String UNKNOWN = "B".repeat(CapabilityValues.LENGTH);

    @Test
    void interactionUrlsAndExchangesAreLimitedPerClient() {
        RequestSpecification client = clientAt(outsideAddress());
        Response refused = null;
        for (int i = 0; i < 400 && refused == null; i++) {
            Response response = client.accept("application/json").get("/interactions/" + UNKNOWN + "?iuv=1");
            if (response.statusCode() == 429) {
                assertTrue(i >= 120, "refused after only " + i + " requests");
                refused = response;
            } else {
                assertEquals(404, response.statusCode());
            }
        }
        assertTrue(refused != null, "never limited");
        refused.then().body("type", equalTo(Problem.TYPE_BASE + "rate-limited"));

        client.contentType("application/json").body("{}").post("/exchanges/" + UNKNOWN).then().statusCode(429);
        clientAt(outsideAddress()).contentType("application/json").body("{}").post("/exchanges/" + UNKNOWN)
                .then().statusCode(404);
    }

    private static RequestSpecification clientAt(String address) {
        return given().header("X-Forwarded-For", address);
    }

    private static String outsideAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "203.0." + random.nextInt(113, 114) + "." + random.nextInt(1, 255);
    }
}
