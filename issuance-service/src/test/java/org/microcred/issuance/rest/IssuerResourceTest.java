package org.microcred.issuance.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.microcred.issuance.Awards;

/** Recognizers read issuer profiles without an account. */
@QuarkusTest
class IssuerResourceTest {

    @Test
    void aConfiguredIssuersProfileNeedsNoToken() {
        given().get("/api/v1/issuers/northbridge").then().statusCode(200)
                .body("'@context'", contains("https://www.w3.org/ns/credentials/v2",
                        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"))
                .body("id", equalTo(ConfigProvider.getConfig().getValue("microcred.public-base-url", String.class)
                        + "/api/v1/issuers/northbridge"))
                .body("type", contains("Profile"))
                .body("name", equalTo("Northbridge University"))
                .body("url", equalTo("https://www.northbridge.example"));
        given().get("/api/v1/issuers/southport").then().statusCode(200).body("name", equalTo("Southport College"));
    }

    @Test
    void anUnknownTenantIs404() {
        given().get("/api/v1/issuers/nowhere-" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void aTenantThatIsNotConfiguredButHasIssuedIsKnownByItsId() {
        String tenant = "acme-" + UUID.randomUUID().toString().substring(0, 8);
        given().get("/api/v1/issuers/" + tenant).then().statusCode(404);
        Awards awards = new Awards(tenant, "Unconfigured issuer");
        awards.publishCatalogue();
        UUID assessmentId = UUID.randomUUID();
        awards.publish(awards.decided(assessmentId, org.microcred.events.assessment.Decision.AWARD));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(45))
                .until(() -> given().get("/api/v1/issuers/" + tenant).statusCode() == 200);
        given().get("/api/v1/issuers/" + tenant).then().statusCode(200).body("name", equalTo(tenant));
    }

    @Test
    void itIsServedAsJsonLdWhenAsked() {
        given().accept("application/ld+json").get("/api/v1/issuers/northbridge").then().statusCode(200)
                .contentType("application/ld+json").body("name", equalTo("Northbridge University"));
    }
}
