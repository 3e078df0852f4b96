package org.microcred.issuance.rest;

import org.junit.jupiter.api.Tag;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microcred.issuance.Awards;
import org.microcred.support.testing.Tokens;

/** The admin API answers only its own tenant's issuer-admins; others get 401, 403 or 404. */
@Tag("servers")
@QuarkusTest
class CredentialResourceTest {

    private static Awards awards;
    private static UUID credentialId;

    /** One credential for the whole class, issued on first use (RestAssured knows the port by then). */
    @BeforeEach
    void issueOnce() {
        if (credentialId == null) {
            awards = new Awards("northbridge", "Admin API");
            credentialId = awards.issue("nb-admin");
        }
    }

    @Test
    void theTenantsIssuerAdminReadsTheDocumentAndItsMetadata() {
        given().auth().oauth2(Tokens.user("nb-admin")).get("/api/v1/credentials/" + credentialId)
                .then().statusCode(200)
                .body("id", equalTo(credentialId.toString()))
                .body("achievementId", equalTo(awards.achievementId.toString()))
                .body("achievementVersion", equalTo(1))
                .body("enrolmentId", equalTo(awards.enrolmentId.toString()))
                .body("credential.id", equalTo("urn:uuid:" + credentialId))
                .body("credential.type[1]", equalTo("OpenBadgeCredential"));
    }

    @Test
    void theListIsNewestFirstAndFilteredByEarner() {
        UUID second = UUID.randomUUID();
        awards.publish(awards.decided(second, org.microcred.events.assessment.Decision.AWARD));
        awards.awaitCredential("nb-admin", second);
        awards.credentials("nb-admin").body("$", hasSize(2))
                .body("[0].assessmentId", equalTo(second.toString()))
                .body("[1].id", equalTo(credentialId.toString()));
        given().auth().oauth2(Tokens.user("nb-admin")).queryParam("limit", 1).get("/api/v1/credentials")
                .then().statusCode(200).body("$", hasSize(1));
    }

    @Test
    void withoutATokenTheAdminApiAnswers401() {
        given().get("/api/v1/credentials/" + credentialId).then().statusCode(401);
        given().get("/api/v1/credentials").then().statusCode(401);
    }

    @Test
    void anEarnerIsNotAnIssuerAdmin() {
        given().auth().oauth2(Tokens.user("nb-earner")).get("/api/v1/credentials/" + credentialId)
                .then().statusCode(403);
        given().auth().oauth2(Tokens.user("nb-earner")).get("/api/v1/credentials").then().statusCode(403);
    }

    @Test
    void anotherTenantsAdminGets404AndAnEmptyList() {
        given().auth().oauth2(Tokens.user("sp-admin")).get("/api/v1/credentials/" + credentialId)
                .then().statusCode(404).body("type", equalTo("https://microcred.org/problems/not-found"));
        awards.credentials("sp-admin").body("$", hasSize(0));
    }

    @Test
    void anUnknownCredentialIs404() {
        given().auth().oauth2(Tokens.user("nb-admin")).get("/api/v1/credentials/" + UUID.randomUUID())
                .then().statusCode(404);
    }

    @Test
    void limitsAreEnforced() {
        given().auth().oauth2(Tokens.user("nb-admin")).queryParam("limit", 201).get("/api/v1/credentials")
                .then().statusCode(400);
        given().auth().oauth2(Tokens.user("nb-admin")).queryParam("earnerId", "x".repeat(256))
                .get("/api/v1/credentials").then().statusCode(400);
    }
}
