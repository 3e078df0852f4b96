package org.microcred.e2e.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microcred.e2e.DigitalBazaarVerifier;
import org.microcred.e2e.JourneyClient;
import org.microcred.e2e.JourneyWalk;
import org.microcred.e2e.Poll;
import org.microcred.e2e.RunningSystem;
import org.microcred.credentials.contexts.ClrContext;

/**
 * The whole transcript path on the five services: two journeys end with two credentials in the earner's wallet; the
 * earner asks the wallet for a transcript of both (202, PENDING), issuance signs it from its event, the wallet stores
 * it (ISSUED); the signed {@code ClrCredential} validates against 1EdTech's CLR 2.0 schema, verifies in Digital
 * Bazaar's verifier (against the issuer profile served by issuance) with each embedded credential, and in our own
 * verifier; another earner sees nothing of it.
 */
class TranscriptJourneyIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCHEMA =
            "../shared/conformance/ob3-json-schemas/jsonld/clr_v2p0_clrcredential_schema.json";

    private final JourneyClient client = RunningSystem.get().client();

    /** Before the services start (the instance's fields start them): a missing tool fails at once. */
    @BeforeAll
    static void requireInteropTooling() throws IOException {
        // First, so that a run without the CLR 2.0 context does not start the five services for nothing.
        assumeClrContext("TranscriptJourneyIT");
        DigitalBazaarVerifier.requireTooling();
    }

    @Test
    void anEarnersTranscriptIsSignedByIssuanceAndVerifiesEverywhere() throws Exception {
        JourneyWalk walk = new JourneyWalk(client, (stage, nanos, detail) -> { });
        String first = walk.walk("nb-earner", "nb-assessor",
                client.publishAchievement("nb-admin", "Transcript — Formative assessment")).credentialId();
        String second = walk.walk("nb-earner", "nb-assessor",
                client.publishAchievement("nb-admin", "Transcript — Feedback 日本語")).credentialId();
        String wallet = client.endpoints().wallet() + "/api/v1/wallet/transcripts";

        JsonNode pending = client.http().post(wallet, client.token("nb-earner"),
                Map.of("credentialIds", List.of(first, second), "name", "Zoë's teaching record")).expect(202).json();
        assertEquals("PENDING", pending.path("status").asText());
        String id = pending.path("id").asText();
        JsonNode issued = Poll.until("transcript " + id + " issued", JourneyClient.HOP, () -> {
            JsonNode view = client.http().get(wallet + "/" + id, client.token("nb-earner")).expect(200).json();
            return "PENDING".equals(view.path("status").asText()) ? Optional.empty() : Optional.of(view);
        });
        assertEquals("ISSUED", issued.path("status").asText(), issued.toString());
        String clr = client.http().get(wallet + "/" + id + "/clr", client.token("nb-earner")).expect(200).text();

        JsonNode document = JSON.readTree(clr);
        assertEquals("ClrCredential", document.path("type").get(1).asText());
        JsonNode embedded = document.at("/credentialSubject/verifiableCredential");
        assertEquals(JSON.readTree(client.credentialText("nb-earner", first)), embedded.get(0));
        assertEquals(JSON.readTree(client.credentialText("nb-earner", second)), embedded.get(1));

        DigitalBazaarVerifier.Outcome outcome = DigitalBazaarVerifier.verify("transcript", clr);
        assertTrue(outcome.verified(), outcome.toString());
        for (JsonNode credential : embedded) {
            DigitalBazaarVerifier.Outcome inner = DigitalBazaarVerifier.verify("transcript-entry", credential.toString());
            assertTrue(inner.verified(), inner.toString());
        }
        JsonNode report = client.verify(clr).expect(200).json();
        assertTrue(report.path("verified").asBoolean(), report.toString());
        assertTrue(report.path("issuerKnown").asBoolean(), report.toString());

        client.http().get(wallet + "/" + id, client.token("nb-earner2")).expect(404);
        assertValidClr(clr);
    }

    /** 1EdTech's CLR 2.0 schema, read from ../shared beside the clone (never copied); skipped, saying so, without it. */
    private static void assertValidClr(String clr) throws IOException {
        Path schema = Path.of(System.getProperty("microcred.repo", "..")).toAbsolutePath().resolve(SCHEMA).normalize();
        if (!Files.isRegularFile(schema)) {
            System.err.println("Skipped the CLR 2.0 JSON Schema check: 1EdTech's schema is not at " + schema);
            return;
        }
        var errors = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09,
                        builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                                .formatAssertionsEnabled(true).build()))
                .getSchema(Files.readString(schema), InputFormat.JSON).validate(clr, InputFormat.JSON);
        assertEquals(List.of(), errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList());
    }

    /** Skips a test that signs or verifies a transcript where the CLR 2.0 context is not at hand, saying so. */
    static void assumeClrContext(String what) {
        assumeTrue(ClrContext.available(), () -> {
            String line = "[skipped] " + what + ": " + ClrContext.MISSING;
            System.out.println(line);
            return line;
        });
    }
}
