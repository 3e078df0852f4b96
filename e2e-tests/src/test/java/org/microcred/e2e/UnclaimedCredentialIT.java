package org.microcred.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An LMS awards a micro-credential to a learner who has no account yet. The credential is issued, signed to the
 * learner's hashed email, and verifies while it waits unclaimed; the learner, invited into Keycloak with that verified
 * email, claims it with the link the LMS was given, and it appears in their wallet and on their dashboard. A second
 * request issues nothing more; the link works once; an account with another email, or an unverified one, cannot use a
 * link. The institution's own endpoint hears, signed, of the credential issued and then claimed (outbound webhooks).
 * Real Keycloak, Kafka, PostgreSQL and the five services.
 */
class UnclaimedCredentialIT {

    private static final String TENANT = "northbridge";
    private static final String PROBLEMS = "https://microcred.org/problems/";

    private final RunningSystem system = RunningSystem.get();
    private final JourneyClient client = system.client;
    private final LmsWebhook lms = new LmsWebhook(client);
    private final KeycloakAccounts accounts = new KeycloakAccounts(client);

    @Test
    void anAwardWaitsUnclaimedAndTheLearnerWithThatVerifiedEmailClaimsItOnce() {
        try (WebhookReceiver institution = new WebhookReceiver()) {
            awardClaimAndTell(institution);
        }
    }

    private void awardClaimAndTell(WebhookReceiver institution) {
        // The institution's student system hears of issued and claimed credentials (outbound webhooks).
        JsonNode endpoint = client.http().post(client.endpoints().enrolment() + "/api/v1/webhook-endpoints",
                client.token("nb-admin"), Map.of("url", institution.url(), "description", "Student records",
                        "eventTypes", java.util.List.of("credential.issued", "credential.claimed"))).expect(201).json();
        institution.secret(endpoint.path("secret").asText());
        String achievementId = client.publishAchievement("nb-admin",
                Definitions.progress("Spreadsheet basics (LMS course)", "course-final", null));
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String email = "invited-" + unique + "@learners.example.org";

        JsonNode award = lms.apply(TENANT, awardRequest(achievementId, email));
        assertEquals("requested", award.path("outcome").asText(), award.toString());
        assertTrue(award.path("unclaimed").asBoolean(), award.toString());
        String claimUrl = award.path("claimUrl").asText();
        String secret = claimUrl.substring(claimUrl.lastIndexOf('/') + 1);
        String enrolmentId = award.path("enrolmentId").asText();
        JsonNode again = lms.apply(TENANT, awardRequest(achievementId, email));
        assertEquals("already-requested", again.path("outcome").asText(), "the same learner and version: once");
        assertEquals(claimUrl, again.path("claimUrl").asText());

        // Issued and verifiable while unclaimed: the issuer-admin sees it waiting, its credential present.
        awaitUnclaimed(email);
        String credentialId = issuedCredentialOf(standInOf(email), enrolmentId);
        String document = client.http().get(client.endpoints().issuance() + "/api/v1/credentials/" + credentialId,
                client.token("nb-admin")).expect(200).json().path("credential").toString();
        JsonNode report = client.verify(document).expect(200).json();
        assertTrue(report.path("verified").asBoolean(), "an unclaimed credential verifies: " + report);

        // An account with another email, and one whose email is not verified, cannot use the link.
        // (Keycloak keeps one account per email: the unverified account has its own; a verified email is asked first.)
        String unverified = accounts.createEarner(TENANT, "unverified-" + unique,
                "unverified-" + unique + "@learners.example.org", false);
        assertProblem(claim("nb-earner", secret), 403, "claim-email-mismatch");
        assertProblem(claim(unverified, secret), 403, "email-not-verified");

        String invited = accounts.createEarner(TENANT, "invited-" + unique, "Invited-" + unique
                + "@learners.example.org", true);
        Http.Reply claimed = claim(invited, secret).expect(200);
        assertTrue(claimed.text().contains(credentialId), claimed.text());
        assertProblem(claim(invited, secret), 410, "claim-used");

        JsonNode entry = client.awaitCredentialInWallet(invited, enrolmentId);
        assertEquals(credentialId, entry.path("id").asText());
        assertEquals(document.length(), client.credentialText(invited, credentialId).length(),
                "the wallet serves the document as issued");
        JsonNode journey = Poll.until("the claimed journey on the invited learner's dashboard", JourneyClient.HOP,
                () -> {
                    Http.Reply reply = client.http().get(client.endpoints().enrolment() + "/api/v1/dashboard/"
                            + enrolmentId, client.token(invited));
                    return reply.status() == 200 ? Optional.of(reply.json()) : Optional.empty();
                });
        assertEquals(credentialId, journey.path("credentialId").asText(), journey.toString());
        WebhookReceiver.Delivery claimedHook = Poll.until("credential.claimed at the institution's endpoint",
                JourneyClient.HOP, () -> institution.deliveries().stream()
                        .filter(d -> d.type().equals("credential.claimed")
                                && d.body().path("data").path("credentialIds").toString().contains(credentialId))
                        .findFirst());
        assertTrue(claimedHook.signed(), "signed with the endpoint's secret: " + claimedHook);
        assertEquals(client.tokens().claims(invited).path("sub").asText(),
                claimedHook.body().path("data").path("earnerId").asText());
        WebhookReceiver.Delivery issuedHook = institution.deliveries().stream()
                .filter(d -> d.type().equals("credential.issued")
                        && credentialId.equals(d.body().path("data").path("credentialId").asText()))
                .findFirst().orElseThrow(() -> new AssertionError("credential.issued came before its claim: "
                        + institution.deliveries()));
        assertTrue(issuedHook.signed(), issuedHook.toString());
        client.http().delete(client.endpoints().enrolment() + "/api/v1/webhook-endpoints/" + endpoint.path("id")
                .asText(), client.token("nb-admin")).expect(204);
        assertTrue(JourneyClient.items(client.http().get(client.endpoints().wallet()
                        + "/api/v1/wallet/unclaimed?limit=100", client.token("nb-admin")).expect(200).json())
                .filter(offer -> email.equals(offer.path("earnerEmail").asText()))
                .allMatch(offer -> offer.path("claimed").asBoolean()), "the offer is claimed, no longer waiting");
    }

    private static String awardRequest(String achievementId, String email) {
        return LmsWebhook.awardRequested(achievementId,
                Map.of("email", email, "name", "Invited Learner", "studentId", "S-" + email.hashCode()), 88,
                "https://lms.northbridge.example/course/42/completion");
    }

    /** The stand-in id enrolment-service gives a learner without an account: SHA-256 of the lower-cased email. */
    private static String standInOf(String email) {
        try {
            return "unclaimed:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(email.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Http.Reply claim(String user, String secret) {
        return client.http().post(client.endpoints().wallet() + "/api/v1/wallet/claims", client.token(user),
                Map.of("token", secret));
    }

    /** The issuer-admin's view of the offer for this email once its credential arrived in the wallet. */
    private JsonNode awaitUnclaimed(String email) {
        return Poll.until("the unclaimed credential of " + email + " in the wallet", JourneyClient.HOP, () ->
                JourneyClient.items(client.http().get(client.endpoints().wallet() + "/api/v1/wallet/unclaimed?limit=100",
                                client.token("nb-admin")).expect(200).json())
                        .filter(offer -> email.equalsIgnoreCase(offer.path("earnerEmail").asText()))
                        .filter(offer -> offer.path("credentialPresent").asBoolean(false))
                        .findFirst());
    }

    /** The credential issuance holds for the stand-in and the enrolment. */
    private String issuedCredentialOf(String earnerId, String enrolmentId) {
        JsonNode list = client.http().get(client.endpoints().issuance() + "/api/v1/credentials?earnerId="
                + java.net.URLEncoder.encode(earnerId, java.nio.charset.StandardCharsets.UTF_8),
                client.token("nb-admin")).expect(200).json();
        return JourneyClient.items(list).filter(c -> enrolmentId.equals(c.path("enrolmentId").asText()))
                .map(c -> c.path("id").asText()).findFirst()
                .orElseThrow(() -> new AssertionError("no credential of " + earnerId + " in " + list));
    }

    private static void assertProblem(Http.Reply reply, int status, String type) {
        assertEquals(status, reply.status(), reply.text());
        assertEquals(PROBLEMS + type, reply.at("/type"), reply.text());
    }
}
