package org.microcred.wallet.presentation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.credentials.status.StatusPurpose;
import org.microcred.support.testing.Tokens;
import org.microcred.wallet.WalletFixture;
import org.microcred.wallet.verification.IssuerServer;
import org.microcred.wallet.verification.TestIssuer;

/**
 * A signed-in earner answers a presentation request from this wallet: sees which of their credentials match, and
 * shares exactly the ones they approve; the recognizer reads that a signed-in earner answered. Credentials arrive in
 * the wallet as issuance delivers them (Kafka), signed by a test issuer whose documents the test serves.
 */
@Tag("servers")
@QuarkusTest
@QuarkusTestResource(IssuerServer.class)
class EarnerPresentationTest {

    private static final String EARNER = "nb-earner";

    @Test
    void theEarnerSeesTheMatchingCredentialsAndSharesOnlyTheApprovedOne() {
        TestIssuer issuer = TestIssuer.https(true);
        issuer.publishProfile(null);
        issuer.publishStatusList("1", StatusPurpose.REVOCATION);
        ObjectNode first = issuer.withStatus(issuer.credential("Welding"), "1", 1, StatusPurpose.REVOCATION);
        String achievementId = first.path("credentialSubject").path("achievement").path("id").asText();
        ObjectNode second = issuer.withStatus(issuer.credential("Welding"), "1", 2, StatusPurpose.REVOCATION);
        ((ObjectNode) second.path("credentialSubject").path("achievement")).put("id", achievementId);
        ObjectNode unrelated = issuer.withStatus(issuer.credential("Painting"), "1", 3, StatusPurpose.REVOCATION);
        UUID shared = WalletFixture.deliveredSigned(EARNER, issuer.sign(first)).credentialId();
        UUID kept = WalletFixture.deliveredSigned(EARNER, issuer.sign(second)).credentialId();
        WalletFixture.deliveredSigned(EARNER, issuer.sign(unrelated));

        JsonNode created = Recognizer.askForAchievement(achievementId);
        String id = created.path("id").asText();
        asEarner().get("/api/v1/wallet/presentation-requests/" + id).then().statusCode(200)
                .body("reason", equalTo("Proof of your skills for the job"))
                .body("achievementId", equalTo(achievementId))
                .body("matchingCredentials.id", containsInAnyOrder(shared.toString(), kept.toString()));

        respond(id, List.of(shared)).statusCode(200).body("credentialIds", equalTo(List.of(shared.toString())));

        Recognizer.result(created).statusCode(200)
                .body("status", equalTo("answered"))
                .body("result.answeredBy", equalTo("signed-in-earner"))
                .body("result.holder", nullValue())
                .body("result.credentials", hasSize(1))
                .body("result.credentials[0].id", equalTo(first.path("id").asText()))
                .body("result.credentials[0].verified", equalTo(true));
        respond(id, List.of(kept)).statusCode(409);
    }

    @Test
    void aCredentialThatIsNotTheEarnersOrNotAskedForIsRefused() {
        TestIssuer issuer = TestIssuer.https(true);
        issuer.publishProfile(null);
        issuer.publishStatusList("1", StatusPurpose.REVOCATION);
        ObjectNode asked = issuer.withStatus(issuer.credential("Asked"), "1", 1, StatusPurpose.REVOCATION);
        ObjectNode other = issuer.withStatus(issuer.credential("Other"), "1", 2, StatusPurpose.REVOCATION);
        WalletFixture.deliveredSigned(EARNER, issuer.sign(asked));
        UUID notAsked = WalletFixture.deliveredSigned(EARNER, issuer.sign(other)).credentialId();
        JsonNode created = Recognizer.askForAchievement(asked.path("credentialSubject").path("achievement")
                .path("id").asText());
        String id = created.path("id").asText();

        respond(id, List.of(notAsked)).statusCode(400).body("errors[0].field", equalTo("credentialIds"))
                .body("errors[0].message", containsString("not one of your credentials that this request asks for"));
        respond(id, List.of(UUID.randomUUID())).statusCode(400);
        respond(id, List.of()).statusCode(400);
        Recognizer.result(created).statusCode(200).body("status", equalTo("pending"));
        given().contentType(ContentType.JSON).body(Map.of("credentialIds", List.of(notAsked)))
                .post("/api/v1/wallet/presentation-requests/" + id + "/respond").then().statusCode(401);
    }

    private static RequestSpecification asEarner() {
        return given().auth().oauth2(Tokens.user(EARNER));
    }

    private static ValidatableResponse respond(String id, List<UUID> credentialIds) {
        return asEarner().contentType(ContentType.JSON).body(Map.of("credentialIds", credentialIds))
                .post("/api/v1/wallet/presentation-requests/" + id + "/respond").then();
    }
}
