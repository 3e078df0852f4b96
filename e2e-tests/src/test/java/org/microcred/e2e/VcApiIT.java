package org.microcred.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microcred.support.testing.KeycloakTokens;

/**
 * The VC-API on the running system: an institution's system (client vcapi-northbridge, role vc-issuer) has a VC 2.0
 * credential signed with a revocation entry; it verifies in Digital Bazaar's verifier ({@code interop/verify.mjs})
 * and in the wallet's VC-API verifier (200); revoked through {@code /credentials/status}, the wallet's verifier
 * answers 422 with the status error.
 */
class VcApiIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RunningSystem system = RunningSystem.get();
    private final JourneyClient client = system.client;

    @BeforeAll
    static void requireInteropTooling() throws IOException {
        DigitalBazaarVerifier.requireTooling();
    }

    @Test
    void anIssuedCredentialVerifiesHereAndInDigitalBazaarsVerifierUntilItIsRevoked() throws Exception {
        Endpoints at = client.endpoints();
        Http http = client.http();
        KeycloakTokens tokens = client.tokens();
        String token = tokens.clientCredentials("vcapi-northbridge", "MICROCRED_VCAPI_NORTHBRIDGE_SECRET");
        String issuerId = http.get(at.issuance() + "/api/v1/issuers/northbridge", null).expect(200).json()
                .path("id").asText();
        String id = "urn:uuid:" + UUID.randomUUID();
        Map<String, Object> request = Map.of(
                "credential", Map.of(
                        "@context", new String[] {"https://www.w3.org/ns/credentials/v2"},
                        "id", id,
                        "type", new String[] {"VerifiableCredential"},
                        "issuer", issuerId,
                        "validFrom", "2026-01-01T00:00:00Z",
                        "credentialSubject", Map.of("id", "did:example:learner", "name", "Zoë 日本語")),
                "options", Map.of("credentialStatus", Map.of("type", "BitstringStatusListEntry",
                        "statusPurpose", "revocation")));
        JsonNode signed = http.post(at.issuance() + "/api/v1/issuers/northbridge/credentials/issue", token, request)
                .expect(201).json().get("verifiableCredential");
        String document = JSON.writeValueAsString(signed);

        DigitalBazaarVerifier.Outcome genuine = DigitalBazaarVerifier.verify("vc-api", document);
        assertEquals(0, genuine.exitCode(), genuine.toString());
        assertTrue(genuine.verified(), genuine.toString());

        String verify = at.wallet() + "/api/v1/verifier/credentials/verify";
        String body = "{\"verifiableCredential\": " + document + "}";
        assertTrue(http.postJson(verify, null, body).expect(200).json().path("verified").asBoolean());

        http.post(at.issuance() + "/api/v1/issuers/northbridge/credentials/status", token, Map.of(
                "credentialId", id,
                "credentialStatus", Map.of("type", "BitstringStatusListEntry", "statusPurpose", "revocation"),
                "status", true)).expect(200);
        // The wallet caches status lists for at most their max-age (60 s): wait on the answer, not on a clock.
        JsonNode refused = Poll.until("the wallet's verifier sees the revocation", Duration.ofSeconds(90),
                Duration.ofSeconds(1), () -> {
            Http.Reply reply = http.postJson(verify, null, body);
            return reply.status() == 422 ? Optional.of(reply.json()) : Optional.empty();
        });
        assertTrue(refused.path("errors").toString().contains("revoked"), refused.toString());
    }
}
