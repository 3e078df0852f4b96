package org.microcred.issuance.vcapi;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * An institution's system calls the VC-API issuer with its client's token, from an address that anonymous callers may
 * share: the public per-address allowance (120 in the test profile) spent there does not stop it issuing, as it has
 * its own allowance per client; a request to the same path without a token still pays the public one.
 */
@Tag("servers")
@QuarkusTest
class VcApiClientRateLimitTest {

    @Test
    void aClientWhoseAddressSpentThePublicAllowanceStillIssuesAndChangesStatus() {
        String address = outsideAddress();
        spendThePublicAllowance(address);
        from(address).get("/api/v1/issuers/southport").then().statusCode(429);
        from(address).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/issuers/southport/credentials/issue").then().statusCode(429);

        from(address).auth().oauth2(VcApiClients.token("southport")).contentType(ContentType.JSON)
                .body(VcApiClients.request(Credentials.vc2("southport")))
                .post("/api/v1/issuers/southport/credentials/issue").then().statusCode(201);
        from(address).auth().oauth2(VcApiClients.token("southport")).contentType(ContentType.JSON)
                .body("{\"credentialId\": \"urn:uuid:00000000-0000-4000-8000-000000000000\", \"credentialStatus\":"
                        + " {\"type\": \"BitstringStatusListEntry\", \"statusPurpose\": \"revocation\"},"
                        + " \"status\": true}")
                .post("/api/v1/issuers/southport/credentials/status").then().statusCode(404);
    }

    private static void spendThePublicAllowance(String address) {
        for (int i = 0; i < 400; i++) {
            Response response = from(address).get("/api/v1/issuers/southport");
            if (response.statusCode() == 429) {
                assertTrue(i >= 120, "refused after only " + i + " requests");
                return;
            }
            assertEquals(200, response.statusCode());
        }
        throw new AssertionError("never limited");
    }

    private static RequestSpecification from(String address) {
        return given().header("X-Forwarded-For", address);
    }

    private static String outsideAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "198.51.100." + random.nextInt(1, 255);
    }
}
