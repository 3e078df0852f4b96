package org.microcred.issuance.rest;

import java.util.List;
import org.junit.jupiter.api.Tag;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.microcred.issuance.Awards;
import org.microcred.support.testing.Tokens;

/** Recognizers read issuer profiles without an account. */
@Tag("servers")
@QuarkusTest
class IssuerResourceTest {

    @Test
    void aConfiguredIssuersProfileNeedsNoToken() {
        given().get("/api/v1/issuers/northbridge").then().statusCode(200)
                .body("'@context'", contains("https://www.w3.org/ns/credentials/v2",
                        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
                        "https://www.w3.org/ns/did/v1", "https://w3id.org/security/multikey/v1"))
                .body("id", equalTo(ConfigProvider.getConfig().getValue("microcred.public-base-url", String.class)
                        + "/api/v1/issuers/northbridge"))
                .body("type", contains("Profile"))
                .body("name", equalTo("Northbridge University"))
                .body("url", equalTo("https://www.northbridge.example"));
        given().get("/api/v1/issuers/southport").then().statusCode(200).body("name", equalTo("Southport College"));
    }

    @Test
    void itIsTheControllerDocumentOfTheIssuersKeysUnderTheirKeyUrlsAndTheirOlderIds() {
        String keyId = given().auth().oauth2(Tokens.user("nb-admin")).post("/api/v1/issuer-keys/rotate")
                .then().statusCode(201).extract().path("keyId");
        String issuer = ConfigProvider.getConfig().getValue("microcred.public-base-url", String.class)
                + "/api/v1/issuers/northbridge";
        // Proofs name the key URL now; credentials signed before name <issuer>#<keyId>: both verify.
        for (String method : List.of(issuer + "/keys/" + keyId, issuer + "#" + keyId)) {
            given().get("/api/v1/issuers/northbridge").then().statusCode(200)
                    .body("verificationMethod.find { it.id == '" + method + "' }.type", equalTo("Multikey"))
                    .body("verificationMethod.find { it.id == '" + method + "' }.controller", equalTo(issuer))
                    .body("verificationMethod.find { it.id == '" + method + "' }.publicKeyMultibase",
                            startsWith("z6Mk"))
                    .body("assertionMethod", hasItem(method));
        }
    }

    @Test
    void theKeyUrlAnswersTheKeyItselfAsAMultikeyDocument() {
        String keyId = given().auth().oauth2(Tokens.user("nb-admin")).post("/api/v1/issuer-keys/rotate")
                .then().statusCode(201).extract().path("keyId");
        String issuer = ConfigProvider.getConfig().getValue("microcred.public-base-url", String.class)
                + "/api/v1/issuers/northbridge";
        for (String accept : List.of("application/ld+json", "application/json")) {
            given().accept(accept).get("/api/v1/issuers/northbridge/keys/" + keyId).then().statusCode(200)
                    .contentType(startsWith(accept))
                    .header("Cache-Control", equalTo("public, max-age=300"))
                    .body("'@context'", equalTo("https://w3id.org/security/multikey/v1"))
                    .body("id", equalTo(issuer + "/keys/" + keyId))
                    .body("type", equalTo("Multikey"))
                    .body("controller", equalTo(issuer))
                    .body("publicKeyMultibase", startsWith("z6Mk"));
        }
    }

    @Test
    void itIsCachedForFiveMinutesAndAnswers304WhenUnchanged() {
        Response first = given().get("/api/v1/issuers/northbridge");
        first.then().statusCode(200).header("Cache-Control", equalTo("public, max-age=300"))
                .header("ETag", notNullValue());
        given().header("If-None-Match", first.header("ETag")).get("/api/v1/issuers/northbridge")
                .then().statusCode(304);
        given().header("If-None-Match", "\"something-else\"").get("/api/v1/issuers/northbridge")
                .then().statusCode(200);
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
