package org.microcred.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A credential issued in the journey verifies outside our own code, in two verifiers: Digital Bazaar's JavaScript
 * stack ({@code interop/verify.mjs}: the eddsa-rdfc-2022 proof, the key resolved through this run's issuer profile,
 * the proof purpose against it; status lists are left to our own verifier, see RevocationIT) and the Digital
 * Credentials Consortium's {@code verifier-core}, the Learner Credential Wallet's verifier
 * ({@code interop/verify-dcc.mjs}: it dereferences the proof's key URL itself, and checks expiry and the status
 * lists, so a revocation shows there too). Needs {@code node} and {@code npm ci --prefix interop}; without them the
 * test fails, it does not skip.
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
    void aJourneyCredentialVerifiesInBothVerifiersAndATamperedCopyInNeither() throws Exception {
        String name = "Interoperable — Zoë's SAFe® 日本語";
        String achievementId = client.publishAchievement("nb-admin", name);
        JourneyWalk.Result journey = new JourneyWalk(client, (s, n, d) -> { }).walk("nb-earner2", "nb-assessor2",
                achievementId);
        String document = client.credentialText("nb-earner2", journey.credentialId());

        DigitalBazaarVerifier.Outcome genuine = DigitalBazaarVerifier.verify("issued", document);
        assertEquals(0, genuine.exitCode(), genuine.toString());
        assertTrue(genuine.verified(), genuine.toString());
        DigitalBazaarVerifier.Outcome inWallet = DccVerifier.verify("issued-dcc", document);
        assertEquals(0, inWallet.exitCode(), inWallet.toString());
        assertTrue(inWallet.verified(), inWallet.toString());
        assertTrue(inWallet.output().contains("\"signature\":true,\"expiration\":true,\"status\":true"),
                "signature, expiry and status lists checked by verifier-core: " + inWallet);

        ObjectNode tampered = (ObjectNode) JSON.readTree(document);
        ObjectNode achievement = (ObjectNode) tampered.path("credentialSubject").path("achievement");
        assertEquals(name, achievement.path("name").asText(), "the achievement name as issued");
        achievement.put("name", name + " (with honours)");
        DigitalBazaarVerifier.Outcome forged = DigitalBazaarVerifier.verify("tampered",
                JSON.writeValueAsString(tampered));
        assertEquals(1, forged.exitCode(), forged.toString());
        assertTrue(forged.output().contains("\"verified\":false"), forged.toString());
        assertTrue(forged.output().contains("Invalid signature"), "rejected for its signature: " + forged);
        DigitalBazaarVerifier.Outcome forgedInWallet = DccVerifier.verify("tampered-dcc",
                JSON.writeValueAsString(tampered));
        assertEquals(1, forgedInWallet.exitCode(), forgedInWallet.toString());
        assertTrue(forgedInWallet.output().contains("invalid_signature"), "rejected for its signature: "
                + forgedInWallet);
    }

    @Test
    void aRevokedCredentialFailsTheStatusCheckOfTheWalletsVerifier() throws Exception {
        String achievementId = client.publishAchievement("sp-admin", "Revoked in the wallet's verifier");
        JourneyWalk.Result journey = new JourneyWalk(client, (s, n, d) -> { }).walk("sp-earner2", "sp-assessor",
                achievementId);
        String document = client.credentialText("sp-earner2", journey.credentialId());
        assertTrue(DccVerifier.verify("before-revocation-dcc", document).verified());

        client.changeStatus("sp-admin", journey.credentialId(), "revoke", "Awarded in error").expect(200);
        // verifier-core fetches the status list with no-cache: the signed list as issuance serves it.
        DigitalBazaarVerifier.Outcome revoked = Poll.until("the revocation in verifier-core", JourneyClient.HOP,
                Duration.ofSeconds(1), () -> Optional.of(dcc("revoked-dcc", document)).filter(o -> !o.verified()));
        assertEquals(1, revoked.exitCode(), revoked.toString());
        assertTrue(revoked.output().contains("\"signature\":true,\"expiration\":true,\"status\":false"),
                "the signature holds, the status check fails: " + revoked);
    }

    private static DigitalBazaarVerifier.Outcome dcc(String label, String document) {
        try {
            return DccVerifier.verify(label, document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
