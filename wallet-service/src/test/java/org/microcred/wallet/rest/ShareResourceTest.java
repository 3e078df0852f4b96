package org.microcred.wallet.rest;

import org.junit.jupiter.api.Tag;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microcred.events.issuance.CredentialIssued;
import org.microcred.events.wallet.CredentialShared;
import org.microcred.support.testing.Tokens;
import org.microcred.wallet.ShareToken;
import org.microcred.wallet.WalletFixture;
import org.microcred.wallet.verification.TestIssuer;

/** Share links: the earner creates and revokes them; anyone holding one sees the credential. */
@Tag("servers")
@QuarkusTest
class ShareResourceTest {

    private static final String EARNER = "nb-earner";

    private static ExtractableResponse<Response> share(String username, UUID credentialId, Object body, int status) {
        return given().auth().oauth2(Tokens.user(username)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/wallet/credentials/" + credentialId + "/shares")
                .then().statusCode(status).extract();
    }

    @Test
    void aSharedCredentialOpensWithoutAnAccount() {
        CredentialIssued issued = WalletFixture.delivered(EARNER, "Shared with an employer");
        ExtractableResponse<Response> created = share(EARNER, issued.credentialId(), Map.of(), 201);
        String url = created.path("url");
        // microcred.public-base-url defaults to this service's own address (its port, under tests).
        assertTrue(url.matches("http://localhost:" + RestAssured.port + "/api/v1/public/shares/[A-Za-z0-9_-]{43}"), url);
        Instant expiresAt = Instant.parse(created.path("expiresAt"));
        assertTrue(Duration.between(Instant.now(), expiresAt).minus(Duration.ofDays(30)).abs().toMinutes() < 5,
                "30 days by default: " + expiresAt);

        WalletFixture.publicClient().get(url)
                .then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("credential.id", equalTo("urn:uuid:" + issued.credentialId()))
                .body("credential.credentialSubject.achievement.name", equalTo("Shared with an employer"))
                .body("achievementName", equalTo("Shared with an employer"))
                .body("issuerName", equalTo(WalletFixture.ISSUER))
                .body("expiresAt", equalTo(created.path("expiresAt")))
                .body("verification.verified", equalTo(false))
                .body("verification.credentialId", equalTo("urn:uuid:" + issued.credentialId()))
                .body("verification.checks.find { it.check == 'proof' }.passed", equalTo(false))
                .body("verification.checks.find { it.check == 'proof' }.detail",
                        equalTo("the credential carries no proof"));
    }

    @Test
    void aSharedSignedCredentialCarriesItsVerificationReport() {
        TestIssuer issuer = TestIssuer.didKey();
        CredentialIssued issued = WalletFixture.deliveredSigned(EARNER, issuer.sign(issuer.credential("Signed share")));
        String url = share(EARNER, issued.credentialId(), Map.of(), 201).path("url");
        WalletFixture.publicClient().get(WalletFixture.pathOf(url))
                .then().statusCode(200)
                .body("credential.proof.cryptosuite", equalTo("eddsa-rdfc-2022"))
                .body("verification.verified", equalTo(true))
                .body("verification.issuer", equalTo(issuer.id))
                .body("verification.checks.size()", equalTo(6))
                // A did:key of the test's own making: authentic, but not an issuer this deployment knows.
                .body("verification.issuerKnown", equalTo(false))
                .body("verification.checks.findAll { !it.passed }.check", equalTo(List.of("issuer-known")));
    }

    @Test
    void sharingIsAnnouncedOnTheWalletTopicKeyedByEnrolment() {
        CredentialIssued issued = WalletFixture.delivered(EARNER, "Announced share");
        UUID shareId = UUID.fromString(share(EARNER, issued.credentialId(), Map.of("expiresInDays", 7), 201)
                .path("shareId"));
        WalletFixture.awaitWalletEvent(issued.enrolmentId().toString(), CredentialShared.class,
                shared -> shared.shareId().equals(shareId) && shared.credentialId().equals(issued.credentialId()));
    }

    @Test
    void theLinkLifetimeIsOneTo365Days() {
        CredentialIssued issued = WalletFixture.delivered(EARNER, "Lifetime limits");
        share(EARNER, issued.credentialId(), Map.of("expiresInDays", 0), 400);
        ExtractableResponse<Response> tooLong = share(EARNER, issued.credentialId(), Map.of("expiresInDays", 366), 400);
        assertTrue(tooLong.path("errors.field").toString().contains("expiresInDays"), tooLong.asString());
        share(EARNER, issued.credentialId(), Map.of("expiresInDays", "soon"), 400);
        share(EARNER, issued.credentialId(), Map.of("expiresInDays", 365), 201);
        given().auth().oauth2(Tokens.user(EARNER)).contentType(ContentType.JSON)
                .post("/api/v1/wallet/credentials/" + issued.credentialId() + "/shares")
                .then().statusCode(201).body("url", matchesPattern(".*/api/v1/public/shares/.*"));
        given().auth().oauth2(Tokens.user(EARNER)).contentType(ContentType.TEXT).body("30")
                .post("/api/v1/wallet/credentials/" + issued.credentialId() + "/shares")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void aRevokedLinkAnswers410AndTheOwnerSeesItRevoked() {
        CredentialIssued issued = WalletFixture.delivered(EARNER, "Revoked later");
        ExtractableResponse<Response> kept = share(EARNER, issued.credentialId(), Map.of(), 201);
        ExtractableResponse<Response> revoked = share(EARNER, issued.credentialId(), Map.of(), 201);
        String revokedId = revoked.path("shareId");

        given().auth().oauth2(Tokens.user(EARNER)).delete("/api/v1/wallet/shares/" + revokedId)
                .then().statusCode(204);
        given().auth().oauth2(Tokens.user(EARNER)).delete("/api/v1/wallet/shares/" + revokedId)
                .then().statusCode(204);

        WalletFixture.publicClient().get(WalletFixture.pathOf(revoked.path("url")))
                .then().statusCode(410).contentType("application/problem+json")
                .body("type", equalTo("https://microcred.org/problems/share-revoked"));
        WalletFixture.publicClient().get(WalletFixture.pathOf(kept.path("url"))).then().statusCode(200);
        given().auth().oauth2(Tokens.user(EARNER)).get("/api/v1/wallet/shares?credentialId=" + issued.credentialId())
                .then().statusCode(200)
                .body("size()", equalTo(2))
                .body("find { it.shareId == '" + revokedId + "' }.status", equalTo("REVOKED"))
                .body("find { it.shareId == '" + kept.path("shareId") + "' }.status", equalTo("ACTIVE"));
    }

    @Test
    void anExpiredLinkAnswers404() {
        CredentialIssued issued = WalletFixture.delivered(EARNER, "Expires");
        ExtractableResponse<Response> created = share(EARNER, issued.credentialId(), Map.of("expiresInDays", 1), 201);
        WalletFixture.publicClient().get(WalletFixture.pathOf(created.path("url"))).then().statusCode(200);

        WalletFixture.expire(UUID.fromString(created.path("shareId")));
        WalletFixture.publicClient().get(WalletFixture.pathOf(created.path("url")))
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://microcred.org/problems/not-found"));
        given().auth().oauth2(Tokens.user(EARNER)).get("/api/v1/wallet/shares?credentialId=" + issued.credentialId())
                .then().statusCode(200).body("[0].status", equalTo("EXPIRED"));
    }

    @Test
    void anUnknownOrMalformedTokenAnswers404() {
        WalletFixture.publicClient().get("/api/v1/public/shares/" + ShareToken.generate())
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://microcred.org/problems/not-found"));
        WalletFixture.publicClient().get("/api/v1/public/shares/not-a-token").then().statusCode(404);
        WalletFixture.publicClient().get("/api/v1/public/shares/" + "x".repeat(500)).then().statusCode(404);
    }

    @Test
    void onlyTheOwnerSharesListsAndRevokes() {
        CredentialIssued issued = WalletFixture.delivered(EARNER, "Owner only");
        String shareId = share(EARNER, issued.credentialId(), Map.of(), 201).path("shareId");

        share("nb-earner2", issued.credentialId(), Map.of(), 404);
        share("sp-earner", issued.credentialId(), Map.of(), 404);
        share("nb-assessor", issued.credentialId(), Map.of(), 403);
        given().contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/wallet/credentials/" + issued.credentialId() + "/shares").then().statusCode(401);
        given().auth().oauth2(Tokens.user("nb-earner2")).delete("/api/v1/wallet/shares/" + shareId)
                .then().statusCode(404);
        given().auth().oauth2(Tokens.user("sp-earner")).delete("/api/v1/wallet/shares/" + shareId)
                .then().statusCode(404);
        given().auth().oauth2(Tokens.user("nb-earner2")).get("/api/v1/wallet/shares?limit=200")
                .then().statusCode(200).body("shareId", not(hasItem(shareId)));
        given().auth().oauth2(Tokens.user(EARNER)).get("/api/v1/wallet/shares?limit=200")
                .then().statusCode(200).body("shareId", hasItem(shareId));
    }

    @Test
    void aCredentialHasABoundedNumberOfOpenLinks() {
        CredentialIssued issued = WalletFixture.delivered(EARNER, "Many links");
        for (int i = 0; i < 20; i++) {
            share(EARNER, issued.credentialId(), Map.of(), 201);
        }
        share(EARNER, issued.credentialId(), Map.of(), 409);
    }
}
