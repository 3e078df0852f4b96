package org.microcred.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A credential issued in the journey verifies in the wallet's public verifier; once the issuer-admin
 * revokes it, the signed status list says so, verification fails on status, and the wallet shows it.
 */
class RevocationIT {

    private final RunningSystem system = RunningSystem.get();
    private final JourneyClient client = system.client;

    @Test
    void anIssuedCredentialVerifiesUntilItsIssuerRevokesIt() {
        String achievementId = client.publishAchievement("sp-admin", "Revocable — Zoë 日本語");
        JourneyWalk.Result journey = new JourneyWalk(client, (s, n, d) -> { }).walk("sp-earner2", "sp-assessor", achievementId);
        String document = client.credentialText("sp-earner2", journey.credentialId());

        JsonNode before = client.verify(document).expect(200).json();
        assertTrue(before.path("verified").asBoolean(), before.toString());
        before.path("checks").forEach(check -> assertTrue(check.path("passed").asBoolean(), check.toString()));

        client.changeStatus("sp-admin", journey.credentialId(), "revoke", "Awarded in error").expect(200);

        JsonNode after = Poll.until("the revocation in the served status list", JourneyClient.HOP,
                java.time.Duration.ofSeconds(1), () -> {
            JsonNode report = client.verify(document).expect(200).json();
            return report.path("verified").asBoolean() ? Optional.empty() : Optional.of(report);
        });
        assertFalse(after.path("verified").asBoolean());
        JsonNode status = find(after, "status");
        assertFalse(status.path("passed").asBoolean());
        assertTrue(status.path("detail").asText().toLowerCase().contains("revoked"), status.toString());
        assertTrue(find(after, "proof").path("passed").asBoolean(), "the signature itself still holds");

        JsonNode entry = Poll.until("the revocation event in the wallet", JourneyClient.HOP, () -> {
            return Optional.of(client.awaitCredentialInWallet("sp-earner2", journey.enrolmentId()))
                    .filter(e -> "REVOKED".equals(e.path("status").asText()));
        });
        assertEquals("REVOKED", entry.path("status").asText());
    }

    private static JsonNode find(JsonNode report, String check) {
        for (JsonNode node : report.path("checks")) {
            if (check.equals(node.path("check").asText())) {
                return node;
            }
        }
        throw new AssertionError("no '" + check + "' check in " + report);
    }
}
