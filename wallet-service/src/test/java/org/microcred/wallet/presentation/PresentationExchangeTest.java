package org.microcred.wallet.presentation;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.credentials.status.StatusPurpose;
import org.microcred.credentials.testing.Ed25519Signature2020Context;
import org.microcred.credentials.testing.TestHolder;
import org.microcred.credentials.testing.TestPresentations.Suite;
import org.microcred.support.capability.CapabilityValues;
import org.microcred.wallet.WalletFixture;
import org.microcred.wallet.verification.IssuerServer;
import org.microcred.wallet.verification.TestIssuer;

/**
 * A recognizer's presentation request answered by a wallet app through VCALM, as the Learner Credential Wallet walks a
 * {@code vcapi} interaction, on real PostgreSQL (and the wallet's own verifier, with an https issuer whose controller
 * document and status list the test serves): the result the creator reads, and each refusal.
 */
@Tag("servers")
@QuarkusTest
@QuarkusTestResource(IssuerServer.class)
class PresentationExchangeTest {

    @Inject
    PresentationCleanup cleanup;

    /** An issuer with its profile and revocation list published, bit {@code revokedIndex} set when not negative. */
    private static TestIssuer issuer(int... revoked) {
        TestIssuer issuer = TestIssuer.https(true);
        issuer.publishProfile(null);
        issuer.publishStatusList("1", StatusPurpose.REVOCATION, revoked);
        return issuer;
    }

    private static ObjectNode credential(TestIssuer issuer, String name, int index) {
        return issuer.withStatus(issuer.credential(name), "1", index, StatusPurpose.REVOCATION);
    }

    private static String achievementOf(ObjectNode credential) {
        return credential.path("credentialSubject").path("achievement").path("id").asText();
    }

    @Test
    void aWalletAppAnswersWithAnEddsaDidAuthenticationAndTheCreatorReadsTheCredentialVerified() {
        TestIssuer issuer = issuer();
        ObjectNode credential = credential(issuer, "Data Analysis", 7);
        JsonNode created = Recognizer.askForAchievement(achievementOf(credential));
        assertTrue(created.path("interactionUrl").asText().contains("/presentation-interactions/"));
        assertTrue(created.path("interactionUrl").asText().endsWith("?iuv=1"));
        assertTrue(created.path("id").asText().matches(CapabilityValues.PATTERN), "unreserved characters only");
        assertTrue(created.path("qrCodeSvg").asText().startsWith("<svg"));
        assertTrue(created.path("lcwRequest").asText().startsWith("https://lcw.app/request?request="));
        Recognizer.result(created).statusCode(200).body("status", equalTo("pending"));

        String exchange = Recognizer.exchangeUrl(created);
        JsonNode request = Recognizer.presentationRequest(exchange);
        assertEquals(created.path("challenge").asText(), request.path("challenge").asText());
        assertEquals("QueryByExample", request.path("query").path(0).path("type").asText());
        JsonNode example = request.path("query").path(0).path("credentialQuery").path("example");
        assertEquals("OpenBadgeCredential", example.path("type").asText());
        assertEquals(achievementOf(credential), example.path("credentialSubject").path("achievement").path("id")
                .asText());
        assertEquals("DIDAuthentication", request.path("query").path(1).path("type").asText());

        TestHolder holder = TestHolder.ed25519(TestHolder.DidMethod.KEY);
        ObjectNode presentation = Recognizer.present(holder, Suite.EDDSA_RDFC_2022,
                request.path("challenge").asText(), request.path("domain").asText(), issuer.sign(credential));
        Recognizer.answer(exchange, presentation).statusCode(200).body("redirectUrl", nullValue());

        Recognizer.result(created).statusCode(200)
                .body("status", equalTo("answered"))
                .body("result.holder", equalTo(holder.did()))
                .body("result.answeredBy", equalTo("wallet-app"))
                .body("result.credentials", hasSize(1))
                .body("result.credentials[0].id", equalTo(credential.path("id").asText()))
                .body("result.credentials[0].issuer.id", equalTo(issuer.id))
                .body("result.credentials[0].issuer.name", equalTo(credential.path("issuer").path("name").asText()))
                .body("result.credentials[0].achievement.name", equalTo("Data Analysis"))
                .body("result.credentials[0].verified", equalTo(true))
                .body("result.credentials[0].revoked", equalTo(false))
                .body("result.credentials[0].expired", equalTo(false));
    }

    @Test
    void anEd25519Signature2020DidAuthenticationAsTheLearnerCredentialWalletSignsIsAccepted() {
        Ed25519Signature2020Context.assumeAvailable();
        TestIssuer issuer = issuer();
        ObjectNode credential = credential(issuer, "Teamwork", 3);
        JsonNode created = Recognizer.create(Map.of("issuerId", issuer.id, "redirectUrl",
                "https://recognizer.example/thanks"));
        String exchange = Recognizer.exchangeUrl(created);
        JsonNode request = Recognizer.presentationRequest(exchange);
        TestHolder holder = TestHolder.ed25519(TestHolder.DidMethod.KEY);
        ObjectNode presentation = Recognizer.present(holder, Suite.ED25519_SIGNATURE_2020,
                request.path("challenge").asText(), request.path("domain").asText(), issuer.sign(credential));
        Recognizer.answer(exchange, presentation).statusCode(200)
                .body("redirectUrl", equalTo("https://recognizer.example/thanks"));
        Recognizer.result(created).statusCode(200).body("result.credentials[0].verified", equalTo(true));
    }

    @Test
    void aRevokedCredentialIsRecordedAsRevokedNotHidden() {
        TestIssuer issuer = issuer(9);
        ObjectNode credential = credential(issuer, "Revoked skill", 9);
        JsonNode created = Recognizer.askForAchievement(achievementOf(credential));
        String exchange = Recognizer.exchangeUrl(created);
        JsonNode request = Recognizer.presentationRequest(exchange);
        ObjectNode presentation = Recognizer.present(TestHolder.ed25519(TestHolder.DidMethod.KEY),
                Suite.EDDSA_RDFC_2022, request.path("challenge").asText(), request.path("domain").asText(),
                issuer.sign(credential));
        Recognizer.answer(exchange, presentation).statusCode(200);
        Recognizer.result(created).statusCode(200)
                .body("status", equalTo("answered"))
                .body("result.credentials[0].verified", equalTo(false))
                .body("result.credentials[0].revoked", equalTo(true))
                .body("result.credentials[0].errors", hasItem(containsString("revoked")));
    }

    @Test
    void aTamperedCredentialIsRecordedAsNotVerified() {
        TestIssuer issuer = issuer();
        ObjectNode credential = credential(issuer, "Original", 4);
        ObjectNode tampered = (ObjectNode) WalletFixture.tree(issuer.sign(credential));
        tampered.put("name", "Forged");
        JsonNode created = Recognizer.askForAchievement(achievementOf(credential));
        String exchange = Recognizer.exchangeUrl(created);
        JsonNode request = Recognizer.presentationRequest(exchange);
        ObjectNode presentation = Recognizer.present(TestHolder.ed25519(TestHolder.DidMethod.KEY),
                Suite.EDDSA_RDFC_2022, request.path("challenge").asText(), request.path("domain").asText(),
                tampered.toString());
        Recognizer.answer(exchange, presentation).statusCode(200);
        Recognizer.result(created).statusCode(200)
                .body("result.credentials[0].verified", equalTo(false))
                .body("result.credentials[0].revoked", equalTo(false))
                .body("result.credentials[0].errors", hasItem(startsWith("proof:")));
    }

    @Test
    void aWrongChallengeOrDomainIsRefusedAndTheRequestStaysOpen() {
        TestIssuer issuer = issuer();
        ObjectNode credential = credential(issuer, "Challenge", 5);
        String signed = issuer.sign(credential);
        JsonNode created = Recognizer.askForAchievement(achievementOf(credential));
        String exchange = Recognizer.exchangeUrl(created);
        JsonNode request = Recognizer.presentationRequest(exchange);
        TestHolder holder = TestHolder.ed25519(TestHolder.DidMethod.KEY);
        String domain = request.path("domain").asText();
        Recognizer.answer(exchange, Recognizer.present(holder, Suite.EDDSA_RDFC_2022,
                        CapabilityValues.newValue(), domain, signed)).statusCode(400)
                .body("type", containsString("did-authentication-failed"))
                .body("errors[0].message", equalTo("challenge-mismatch"));
        Recognizer.answer(exchange, Recognizer.present(holder, Suite.EDDSA_RDFC_2022,
                        request.path("challenge").asText(), "https://other.example", signed)).statusCode(400)
                .body("errors[0].message", equalTo("domain-mismatch"));
        Recognizer.result(created).statusCode(200).body("status", equalTo("pending"));
    }

    @Test
    void aCredentialNotMatchingTheQueryIsRefused() {
        TestIssuer issuer = issuer();
        ObjectNode asked = credential(issuer, "Asked", 1);
        ObjectNode other = credential(issuer, "Other", 2);
        JsonNode created = Recognizer.askForAchievement(achievementOf(asked));
        String exchange = Recognizer.exchangeUrl(created);
        JsonNode request = Recognizer.presentationRequest(exchange);
        Recognizer.answer(exchange, Recognizer.present(TestHolder.ed25519(TestHolder.DidMethod.KEY),
                        Suite.EDDSA_RDFC_2022, request.path("challenge").asText(), request.path("domain").asText(),
                        issuer.sign(other))).statusCode(400)
                .body("type", containsString("credential-not-requested"));
        Recognizer.result(created).statusCode(200).body("status", equalTo("pending"));
    }

    @Test
    void aSecondPresentationIs409() {
        TestIssuer issuer = issuer();
        ObjectNode credential = credential(issuer, "Once", 6);
        JsonNode created = Recognizer.askForAchievement(achievementOf(credential));
        String exchange = Recognizer.exchangeUrl(created);
        JsonNode request = Recognizer.presentationRequest(exchange);
        ObjectNode presentation = Recognizer.present(TestHolder.ed25519(TestHolder.DidMethod.KEY),
                Suite.EDDSA_RDFC_2022, request.path("challenge").asText(), request.path("domain").asText(),
                issuer.sign(credential));
        Recognizer.answer(exchange, presentation).statusCode(200);
        Recognizer.answer(exchange, presentation).statusCode(409)
                .body("type", containsString("presentation-request-answered"));
        Recognizer.postExchange(exchange, "{}").statusCode(409);
    }

    @Test
    void anExpiredRequestIsRefusedAndReportedExpiredThenDeletedAfterItsGrace() {
        TestIssuer issuer = issuer();
        ObjectNode credential = credential(issuer, "Late", 8);
        JsonNode created = Recognizer.askForAchievement(achievementOf(credential));
        String exchange = Recognizer.exchangeUrl(created);
        JsonNode request = Recognizer.presentationRequest(exchange);
        ObjectNode presentation = Recognizer.present(TestHolder.ed25519(TestHolder.DidMethod.KEY),
                Suite.EDDSA_RDFC_2022, request.path("challenge").asText(), request.path("domain").asText(),
                issuer.sign(credential));
        Recognizer.expire(created, "1 second");
        Recognizer.answer(exchange, presentation).statusCode(410)
                .body("type", containsString("presentation-request-expired"));
        Recognizer.postExchange(exchange, "{}").statusCode(410);
        Recognizer.result(created).statusCode(200).body("status", equalTo("expired"));

        Recognizer.expire(created, "11 minutes");
        cleanup.runOnce(Instant.now()).await().indefinitely();
        Recognizer.result(created).statusCode(404);
    }

    @Test
    void onlyTheCreatorsResultTokenReadsTheResult() {
        JsonNode created = Recognizer.askForAchievement("urn:uuid:" + UUID.randomUUID());
        Recognizer.result(created).statusCode(200);
        // Whoever saw the QR code knows the request id: it is not a result token.
        Recognizer.result("https://wallet.example/api/v1/presentation-results/" + created.path("id").asText())
                .statusCode(404);
        Recognizer.result("https://wallet.example/api/v1/presentation-results/" + CapabilityValues.newValue())
                .statusCode(404);
    }

    @Test
    void aRequestMustAskForExactlyOneOfAchievementAndIssuer() {
        WalletFixture.publicClient().contentType("application/json")
                .body(Map.of("achievementId", "urn:uuid:1", "issuerId", "https://issuer.example"))
                .post("/api/v1/presentation-requests").then().statusCode(400);
        WalletFixture.publicClient().contentType("application/json").body(Map.of())
                .post("/api/v1/presentation-requests").then().statusCode(400);
        WalletFixture.publicClient().contentType("application/json")
                .body(Map.of("achievementId", "not a uri")).post("/api/v1/presentation-requests").then()
                .statusCode(400);
    }
}
