package org.microcred.wallet.rest;

import org.junit.jupiter.api.Tag;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microcred.events.issuance.CredentialIssued;
import org.microcred.support.testing.Tokens;
import org.microcred.wallet.WalletFixture;

/** The wallet is the earner's own: who may read what. */
@Tag("servers")
@QuarkusTest
class WalletResourceTest {

    @Test
    void anonymousCallerGetsProblemDetails401() {
        given().get("/api/v1/wallet/credentials")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("https://microcred.org/problems/unauthenticated"));
    }

    @Test
    void assessorsAndIntegrationsCannotListWallets() {
        given().auth().oauth2(Tokens.user("nb-assessor")).get("/api/v1/wallet/credentials")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("https://microcred.org/problems/forbidden"));
        given().auth().oauth2(Tokens.lms("northbridge")).get("/api/v1/wallet/credentials")
                .then().statusCode(403);
    }

    @Test
    void theOwnerReadsTheWholeDocument() {
        CredentialIssued issued = WalletFixture.delivered("nb-earner", "Whole document");
        given().auth().oauth2(Tokens.user("nb-earner")).get("/api/v1/wallet/credentials/" + issued.credentialId())
                .then().statusCode(200)
                .body("id", equalTo("urn:uuid:" + issued.credentialId()))
                .body("issuer.name", equalTo(WalletFixture.ISSUER))
                .body("credentialSubject.achievement.name", equalTo("Whole document"));
    }

    @Test
    void anotherEarnersCredentialAnswers404AndIsNotListed() {
        CredentialIssued issued = WalletFixture.delivered("nb-earner", "Not for earner2");
        given().auth().oauth2(Tokens.user("nb-earner2")).get("/api/v1/wallet/credentials/" + issued.credentialId())
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://microcred.org/problems/not-found"));
        given().auth().oauth2(Tokens.user("nb-earner2")).get("/api/v1/wallet/credentials?limit=200")
                .then().statusCode(200).body("id", not(hasItem(issued.credentialId().toString())));
    }

    @Test
    void anotherTenantsCredentialAnswers404() {
        CredentialIssued issued = WalletFixture.delivered("nb-earner", "Northbridge only");
        given().auth().oauth2(Tokens.user("sp-earner")).get("/api/v1/wallet/credentials/" + issued.credentialId())
                .then().statusCode(404);
        given().auth().oauth2(Tokens.user("sp-earner")).get("/api/v1/wallet/credentials?limit=200")
                .then().statusCode(200).body("id", not(hasItem(issued.credentialId().toString())));
    }

    @Test
    void aSouthportEarnerSeesTheirOwnCredential() {
        CredentialIssued issued = WalletFixture.delivered("sp-earner", "Southport credential");
        given().auth().oauth2(Tokens.user("sp-earner")).get("/api/v1/wallet/credentials/" + issued.credentialId())
                .then().statusCode(200).body("credentialSubject.achievement.name", equalTo("Southport credential"));
    }

    @Test
    void theListFilteredByEnrolmentHoldsOnlyThatJourneysCredential() {
        CredentialIssued wanted = WalletFixture.delivered("nb-earner", "Filtered in");
        CredentialIssued other = WalletFixture.delivered("nb-earner", "Filtered out");
        given().auth().oauth2(Tokens.user("nb-earner"))
                .get("/api/v1/wallet/credentials?enrolmentId=" + wanted.enrolmentId())
                .then().statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].id", equalTo(wanted.credentialId().toString()))
                .body("[0].enrolmentId", equalTo(wanted.enrolmentId().toString()));
        given().auth().oauth2(Tokens.user("nb-earner"))
                .get("/api/v1/wallet/credentials?enrolmentId=" + other.enrolmentId())
                .then().statusCode(200).body("id", not(hasItem(wanted.credentialId().toString())));
        // Another earner asking for this earner's enrolment sees nothing of it.
        given().auth().oauth2(Tokens.user("nb-earner2"))
                .get("/api/v1/wallet/credentials?enrolmentId=" + wanted.enrolmentId())
                .then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void anUnknownCredentialAnswers404() {
        given().auth().oauth2(Tokens.user("nb-earner")).get("/api/v1/wallet/credentials/" + UUID.randomUUID())
                .then().statusCode(404);
    }

    @Test
    void theListSizeIsBounded() {
        given().auth().oauth2(Tokens.user("nb-earner")).get("/api/v1/wallet/credentials?limit=201")
                .then().statusCode(400).body("errors[0].field", endsWith("limit"));
        given().auth().oauth2(Tokens.user("nb-earner")).get("/api/v1/wallet/credentials?limit=0")
                .then().statusCode(400);
    }

    @Test
    void aBodyOver1MiBIsRefusedWith413OutsideTheBakedUpload() {
        CredentialIssued issued = WalletFixture.delivered("nb-earner", "Large body");
        given().auth().oauth2(Tokens.user("nb-earner")).contentType("application/json")
                .body("{\"expiresInDays\": 1, \"padding\": \"" + "x".repeat(1024 * 1024) + "\"}")
                .post("/api/v1/wallet/credentials/" + issued.credentialId() + "/shares")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("https://microcred.org/problems/body-too-large"));
    }
}
