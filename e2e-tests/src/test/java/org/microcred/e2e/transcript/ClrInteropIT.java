package org.microcred.e2e.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microcred.credentials.dataintegrity.DataIntegrityProofs;
import org.microcred.credentials.dataintegrity.DataIntegrityProofs.ProofForm;
import org.microcred.credentials.keys.Ed25519Keys;
import org.microcred.e2e.DigitalBazaarVerifier;
import org.microcred.credentials.contexts.ClrContext;

/**
 * A CLR 2.0 transcript signed by our credentials library ({@code eddsa-rdfc-2022}, the proof as an array as issuance
 * writes it; contexts VC 2.0, CLR 2.0.1 and OB 3.0.3 from our bundle) verifies in Digital Bazaar's verifier, and so
 * does each Open Badges credential embedded in it; changing an embedded credential breaks the transcript's proof.
 * The issuer is a did:key, so no service runs: this is the signer's and the bundled CLR context's interoperability
 * (issuance's own transcripts are built the same way: issuance-service's ClrCredentialBuilderTest).
 * Needs {@code node} and {@code npm ci --prefix interop}; without them the test fails, it does not skip.
 */
class ClrInteropIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DataIntegrityProofs PROOFS = new DataIntegrityProofs();

    private final byte[] seed = Ed25519Keys.newSeed();
    private final String issuerId = Ed25519Keys.didKey(Ed25519Keys.publicKey(seed));
    private final String method = Ed25519Keys.didKeyVerificationMethod(Ed25519Keys.publicKey(seed));
    private final Instant signedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @BeforeAll
    static void requireInteropTooling() throws IOException {
        DigitalBazaarVerifier.requireTooling();
    }

    @Test
    void aSignedTranscriptAndEachCredentialInItVerifyInDigitalBazaarsVerifier() throws Exception {
        assumeClrContext("ClrInteropIT.aSignedTranscriptAndEachCredentialInItVerifyInDigitalBazaarsVerifier");
        String transcript = sign(transcript(badge("Spreadsheets — Zoë"), badge("Statistics 日本語")));

        DigitalBazaarVerifier.Outcome outcome = DigitalBazaarVerifier.verify("transcript", transcript);
        assertTrue(outcome.verified(), outcome.toString());
        for (var embedded : JSON.readTree(transcript).at("/credentialSubject/verifiableCredential")) {
            DigitalBazaarVerifier.Outcome inner = DigitalBazaarVerifier.verify("embedded", embedded.toString());
            assertTrue(inner.verified(), inner.toString());
        }
    }

    @Test
    void changingAnEmbeddedCredentialBreaksTheTranscriptInDigitalBazaarsVerifier() throws Exception {
        assumeClrContext("ClrInteropIT.changingAnEmbeddedCredentialBreaksTheTranscriptInDigitalBazaarsVerifier");
        ObjectNode signed = (ObjectNode) JSON.readTree(sign(transcript(badge("Spreadsheets"), badge("Statistics"))));
        ((ObjectNode) signed.at("/credentialSubject/verifiableCredential/1")).put("name", "Statistics (with honours)");
        DigitalBazaarVerifier.Outcome forged = DigitalBazaarVerifier.verify("tampered-transcript",
                JSON.writeValueAsString(signed));
        assertEquals(1, forged.exitCode(), forged.toString());
        assertTrue(forged.output().contains("Invalid signature"), "rejected for its signature: " + forged);
    }

    /** A signed Open Badges 3.0 credential of the did:key issuer, as a JSON object. */
    private ObjectNode badge(String name) throws IOException {
        ObjectNode c = JSON.createObjectNode();
        c.putArray("@context").add("https://www.w3.org/ns/credentials/v2")
                .add("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");
        c.put("id", "urn:uuid:" + UUID.randomUUID());
        c.putArray("type").add("VerifiableCredential").add("OpenBadgeCredential");
        c.put("name", name);
        c.set("issuer", issuer());
        c.put("validFrom", signedAt.minus(1, ChronoUnit.DAYS).toString());
        ObjectNode subject = c.putObject("credentialSubject");
        subject.putArray("type").add("AchievementSubject");
        ObjectNode identity = subject.putArray("identifier").addObject();
        identity.put("type", "IdentityObject");
        identity.put("identityHash", "sha256$" + "ab".repeat(32));
        identity.put("identityType", "emailAddress");
        identity.put("hashed", true);
        identity.put("salt", "s4lt");
        ObjectNode achievement = subject.putObject("achievement");
        achievement.put("id", "urn:uuid:" + UUID.randomUUID());
        achievement.putArray("type").add("Achievement");
        achievement.put("achievementType", "MicroCredential");
        achievement.put("name", name);
        achievement.put("description", "Shown with evidence.");
        achievement.putObject("criteria").put("narrative", "Submit evidence.");
        return (ObjectNode) JSON.readTree(sign(c));
    }

    /** The ClrCredential issuance builds: the badges embedded as signed, their achievements, an association. */
    private ObjectNode transcript(ObjectNode first, ObjectNode second) {
        ObjectNode clr = JSON.createObjectNode();
        clr.putArray("@context").add("https://www.w3.org/ns/credentials/v2")
                .add("https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json")
                .add("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");
        clr.put("id", "urn:uuid:" + UUID.randomUUID());
        clr.putArray("type").add("VerifiableCredential").add("ClrCredential");
        clr.put("name", "Zoë's transcript");
        clr.set("issuer", issuer());
        clr.put("validFrom", signedAt.toString());
        ObjectNode subject = clr.putObject("credentialSubject");
        subject.putArray("type").add("ClrSubject");
        subject.putArray("identifier").add(first.at("/credentialSubject/identifier/0").deepCopy());
        subject.putArray("achievement").add(first.at("/credentialSubject/achievement").deepCopy())
                .add(second.at("/credentialSubject/achievement").deepCopy());
        subject.putArray("verifiableCredential").add(first).add(second);
        ArrayNode associations = subject.putArray("association");
        ObjectNode association = associations.addObject();
        association.put("type", "Association");
        association.put("associationType", "isParentOf");
        association.put("sourceId", first.at("/credentialSubject/achievement/id").asText());
        association.put("targetId", second.at("/credentialSubject/achievement/id").asText());
        return clr;
    }

    private ObjectNode issuer() {
        ObjectNode issuer = JSON.createObjectNode();
        issuer.put("id", issuerId);
        issuer.putArray("type").add("Profile");
        issuer.put("name", "Northbridge University");
        return issuer;
    }

    private String sign(ObjectNode unsigned) {
        return PROOFS.sign(unsigned.toString(), seed, method, signedAt, ProofForm.ARRAY);
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
