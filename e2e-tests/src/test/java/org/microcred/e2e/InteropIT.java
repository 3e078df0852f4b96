package org.microcred.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A credential issued in the journey verifies in Digital Bazaar's JavaScript stack (the one the
 * Digital Credentials Consortium's verifier uses), not only in our own code: {@code interop/verify.mjs}
 * checks its eddsa-rdfc-2022 proof, resolves the key through this run's issuer profile and checks
 * the proof purpose against it. Status lists are left to our own verifier (see RevocationIT).
 * Needs {@code node} and {@code npm ci --prefix interop}; without them the test fails, it does not skip.
 */
class InteropIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RunningSystem system = RunningSystem.get();
    private final JourneyClient client = system.client;

    /** Before the services start (the instance's fields start them): a missing tool fails at once. */
    @BeforeAll
    static void requireInteropTooling() throws IOException {
        DigitalBazaarVerifier.requireTooling();
    }

    @Test
    void aJourneyCredentialVerifiesInDigitalBazaarsVerifierAndATamperedCopyDoesNot() throws Exception {
        String name = "Interoperable — Zoë's SAFe® 日本語";
        String achievementId = client.publishAchievement("nb-admin", name);
        JourneyWalk.Result journey = new JourneyWalk(client, (s, n, d) -> { }).walk("nb-earner2", "nb-assessor2",
                achievementId);
        String document = client.credentialText("nb-earner2", journey.credentialId());

        DigitalBazaarVerifier.Outcome genuine = DigitalBazaarVerifier.verify("issued", document);
        assertEquals(0, genuine.exitCode(), genuine.toString());
        assertTrue(genuine.verified(), genuine.toString());

        ObjectNode tampered = (ObjectNode) JSON.readTree(document);
        ObjectNode achievement = (ObjectNode) tampered.path("credentialSubject").path("achievement");
        assertEquals(name, achievement.path("name").asText(), "the achievement name as issued");
        achievement.put("name", name + " (with honours)");
        DigitalBazaarVerifier.Outcome forged = DigitalBazaarVerifier.verify("tampered",
                JSON.writeValueAsString(tampered));
        assertEquals(1, forged.exitCode(), forged.toString());
        assertTrue(forged.output().contains("\"verified\":false"), forged.toString());
        assertTrue(forged.output().contains("Invalid signature"), "rejected for its signature: " + forged);
    }
}
