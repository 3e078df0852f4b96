package org.microcred.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.microcred.credentials.testing.TestHolder;
import org.microcred.credentials.testing.TestHolder.DidMethod;

/**
 * Presentation requests on the real stack (docs/wallets/presentation-requests.md): a recognizer with no account asks
 * for an achievement an earner holds; the test wallet ({@link WalletApp}) answers through the VCALM interaction and
 * exchange with a DID-authenticated presentation of the holder-bound copy that the Learner Credential Wallet's
 * exchange delivered; the recognizer's result shows it verified, with its issuer and achievement; and, once the
 * award is revoked, a new request answered with the same copy shows it revoked. A signed-in earner answers from our
 * wallet by approving one credential. The refusals: another challenge or domain, a request answered twice, a result
 * read with another token.
 *
 * <p>One award and one delivered copy serve the class (made by whichever test needs them first, so each test also
 * runs alone); revocation is final for that award, so its test runs last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PresentationRequestIT {

    private static final String TENANT = "southport";
    private static final String ADMIN = "sp-admin";
    private static final String EARNER = "sp-earner";
    /** The wallet's verifier caches status lists for MICROCRED_VERIFY_MAX_CACHE_TTL (2 s in this run). */
    private static final Duration STATUS_POLL = Duration.ofSeconds(1);
    private static final TestHolder HOLDER = TestHolder.ed25519(DidMethod.KEY);

    private static String awardId;
    private static String issuerId;
    private static JsonNode copy;

    private final RunningSystem system = RunningSystem.get();
    private final JourneyClient client = system.client;
    private final Http http = client.http();
    private final WalletApp wallet = new WalletApp(client);

    @Test
    @Order(1)
    void aWalletAppAnswersARecognizersRequestWithTheHolderBoundCopyAndTheRecognizerSeesItVerified() {
        JsonNode request = makeRequest();

        answerFromWalletApp(request, heldCopy()).expect(200);

        JsonNode result = readResult(request).expect(200).json();
        assertEquals("answered", result.path("status").asText(), result.toString());
        assertEquals(HOLDER.did(), result.at("/result/holder").asText(), result.toString());
        assertEquals("wallet-app", result.at("/result/answeredBy").asText(), result.toString());
        JsonNode found = result.at("/result/credentials/0");
        assertTrue(found.path("verified").asBoolean(), result.toString());
        assertFalse(found.path("revoked").asBoolean(), result.toString());
        assertEquals(issuerId, found.at("/issuer/id").asText(), result.toString());
        assertEquals(achievementOf(heldCopy()), found.at("/achievement/id").asText(), result.toString());
    }

    @Test
    @Order(2)
    void aPresentationWithAnotherChallengeOrDomainIsRefusedAndLeavesTheRequestOpen() {
        JsonNode request = makeRequest();
        JsonNode asked = wallet.startExchange(request.path("exchangeUrl").asText());

        ObjectNode otherChallenge = asked.deepCopy();
        otherChallenge.put("challenge", "not-" + asked.path("challenge").asText());
        assertDidAuthenticationRefused(request, otherChallenge, "challenge-mismatch");
        ObjectNode otherDomain = asked.deepCopy();
        otherDomain.put("domain", "https://elsewhere.example");
        assertDidAuthenticationRefused(request, otherDomain, "domain-mismatch");

        assertEquals("pending", readResult(request).expect(200).json().path("status").asText());
        answerFromWalletApp(request, heldCopy()).expect(200);
    }

    @Test
    @Order(3)
    void aRequestIsAnsweredOnce() {
        JsonNode request = makeRequest();
        String exchangeUrl = request.path("exchangeUrl").asText();
        JsonNode asked = wallet.startExchange(exchangeUrl);
        JsonNode presentation = wallet.presentation(HOLDER, WalletApp.lcwSuite(), asked, List.of(heldCopy()));
        wallet.completeExchange(exchangeUrl, presentation).expect(200);

        // The same presentation sent again, and a wallet app opening the interaction afterwards: both told it is over.
        Http.Reply again = wallet.completeExchange(exchangeUrl, presentation);
        assertEquals(409, again.status(), again.text());
        assertTrue(again.text().contains("presentation-request-answered"), again.text());
        Http.Reply reopened = wallet.interaction(request.path("interactionUrl").asText());
        assertEquals(409, reopened.status(), reopened.text());
        assertTrue(reopened.text().contains("presentation-request-answered"), reopened.text());
    }

    @Test
    @Order(4)
    void onlyTheCreatorsResultTokenReadsTheResult() {
        JsonNode request = makeRequest();
        answerFromWalletApp(request, heldCopy()).expect(200);
        String results = client.endpoints().wallet() + "/api/v1/presentation-results/";

        // The request's id travels in the QR code: it is not the result's capability, and neither is another token
        // of the same form (43 base64url characters).
        assertEquals(404, http.get(results + request.path("id").asText(), null).status());
        String token = request.path("resultToken").asText();
        String another = (token.charAt(0) == 'A' ? "B" : "A") + token.substring(1);
        assertEquals(404, http.get(results + another, null).status());
        assertEquals("answered", readResult(request).expect(200).json().path("status").asText());
    }

    @Test
    @Order(5)
    void aSignedInEarnerSharesExactlyTheCredentialTheyApprove() {
        JsonNode request = makeRequest();
        String earnerRequest = client.endpoints().wallet() + "/api/v1/wallet/presentation-requests/"
                + request.path("id").asText();
        String token = client.token(EARNER);

        JsonNode shown = http.get(earnerRequest, token).expect(200).json();
        assertEquals(achievementOf(heldCopy()), shown.path("achievementId").asText(), shown.toString());
        assertTrue(shown.path("matchingCredentials").findValuesAsText("id").contains(award()), shown.toString());

        JsonNode shared = http.post(earnerRequest + "/respond", token, Map.of("credentialIds", List.of(award())))
                .expect(200).json();
        assertEquals(1, shared.path("credentialIds").size(), shared.toString());
        assertEquals(award(), shared.path("credentialIds").path(0).asText(), shared.toString());

        JsonNode result = readResult(request).expect(200).json();
        assertEquals("signed-in-earner", result.at("/result/answeredBy").asText(), result.toString());
        assertEquals(1, result.at("/result/credentials").size(), result.toString());
        assertTrue(result.at("/result/credentials/0/verified").asBoolean(), result.toString());
        assertEquals(achievementOf(heldCopy()), result.at("/result/credentials/0/achievement/id").asText());
    }

    @Test
    @Order(6)
    void afterTheAwardIsRevokedANewRequestAnsweredWithTheSameCopyShowsItRevoked() {
        JsonNode held = heldCopy();
        client.changeStatus(ADMIN, award(), "revoke", "Awarded in error").expect(200);

        // Each try is a new request (one answer each): the verifier may still hold the list it cached before.
        JsonNode revoked = Poll.until("the revocation in a recognizer's result", JourneyClient.HOP, STATUS_POLL, () -> {
            JsonNode request = makeRequest();
            answerFromWalletApp(request, held).expect(200);
            JsonNode found = readResult(request).expect(200).json().at("/result/credentials/0");
            return Optional.of(found).filter(f -> f.path("revoked").asBoolean());
        });
        assertFalse(revoked.path("verified").asBoolean(), revoked.toString());
        assertEquals(issuerId, revoked.at("/issuer/id").asText(), revoked.toString());
        assertTrue(revoked.path("errors").toString().contains("revoked"), revoked.toString());
    }

    // --- the recognizer and the wallet app ---

    /** The recognizer (no account) asks for the achievement of the earner's award. */
    private JsonNode makeRequest() {
        return http.post(client.endpoints().wallet() + "/api/v1/presentation-requests", null, Map.of(
                "achievementId", achievementOf(heldCopy()), "reason", "Proof for the job")).expect(201).json();
    }

    private Http.Reply readResult(JsonNode request) {
        return http.get(request.path("resultUrl").asText(), null);
    }

    /** The wallet app's walk: interaction URL as JSON, {@code {}} for the request, then the signed presentation. */
    private Http.Reply answerFromWalletApp(JsonNode request, JsonNode credential) {
        String exchangeUrl = request.path("exchangeUrl").asText();
        JsonNode interaction = wallet.interaction(request.path("interactionUrl").asText()).expect(200).json();
        assertEquals(exchangeUrl, interaction.path("protocols").path("vcapi").asText(), interaction.toString());
        JsonNode asked = wallet.startExchange(exchangeUrl);
        return wallet.completeExchange(exchangeUrl,
                wallet.presentation(HOLDER, WalletApp.lcwSuite(), asked, List.of(credential)));
    }

    /** Signs with what {@code asked} names (another challenge or domain than the request's): refused, 400 or 422. */
    private void assertDidAuthenticationRefused(JsonNode request, JsonNode asked, String reason) {
        String exchangeUrl = request.path("exchangeUrl").asText();
        Http.Reply refused = wallet.completeExchange(exchangeUrl,
                wallet.presentation(HOLDER, WalletApp.lcwSuite(), asked, List.of(heldCopy())));
        assertTrue(refused.status() == 400 || refused.status() == 422, refused.status() + " " + refused.text());
        assertTrue(refused.text().contains("did-authentication-failed") && refused.text().contains(reason),
                refused.text());
    }

    private static String achievementOf(JsonNode credential) {
        return credential.path("credentialSubject").path("achievement").path("id").asText();
    }

    // --- the award and its holder-bound copy, made once for the class ---

    /** The earner's award: a progress micro-credential that the LMS reports completed (the quickest award there is). */
    private String award() {
        synchronized (PresentationRequestIT.class) {
            if (awardId == null) {
                ProgressAward made = ProgressAward.make(client, TENANT, ADMIN, EARNER,
                        "Asked for by a recognizer " + Long.toString(System.nanoTime(), 36));
                awardId = made.credentialId();
                issuerId = made.issuerId();
            }
            return awardId;
        }
    }

    /** The copy bound to the holder's DID, delivered through the Learner Credential Wallet's exchange. */
    private JsonNode heldCopy() {
        synchronized (PresentationRequestIT.class) {
            if (copy == null) {
                JsonNode shown = wallet.makeExchange(EARNER, award());
                String exchangeUrl = shown.path("exchangeUrl").asText();
                JsonNode request = wallet.startExchange(exchangeUrl);
                JsonNode answer = wallet.completeExchange(exchangeUrl,
                        wallet.didAuthentication(HOLDER, WalletApp.lcwSuite(), request)).expect(200).json();
                copy = answer.path("verifiablePresentation").path("verifiableCredential").path(0);
                assertEquals(HOLDER.did(), copy.path("credentialSubject").path("id").asText(), copy.toString());
            }
            return copy;
        }
    }
}
