package org.microcred.issuance.jsonld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microcred.credentials.dataintegrity.DataIntegrityProofs;
import org.microcred.credentials.keys.Ed25519Keys;
import org.microcred.credentials.verification.KeyResolver;
import org.microcred.credentials.verification.KeyState;
import org.microcred.credentials.verification.ResolvedKey;
import org.microcred.events.EventCodec;
import org.microcred.issuance.keys.SigningKey;
import org.microcred.issuance.service.CredentialSigner;
import org.microcred.issuance.transcript.ClrCredentialBuilder;
import org.microcred.issuance.transcript.ClrCredentialBuilder.Embedded;
import org.microcred.issuance.transcript.ClrSchema;
import org.microcred.credentials.contexts.ClrContext;

/**
 * The CLR 2.0 transcript: its shape (contexts, types, the institution as issuer, the ClrSubject with the signed
 * credentials embedded as issued, their achievements, the badges' identity hashes, pathway associations), 1EdTech's
 * CLR 2.0 schema, and its proof and the embedded credentials' proofs verifying with the credentials library.
 */
class ClrCredentialBuilderTest {

    private static final UUID TRANSCRIPT_ID = UUID.fromString("8df4b7da-8c1b-4f06-92d9-a1c2f4f49010");
    private static final UUID PATHWAY_CREDENTIAL = UUID.fromString("2b3c4d5e-6f70-4a1b-8c2d-3e4f5a6b7c8d");
    private static final Instant AT = Instant.parse("2026-04-01T10:00:00.5Z");
    private static final byte[] SEED = new byte[32];
    private static final String METHOD = Samples.issuer().id() + "#key-1";
    private static final DataIntegrityProofs PROOFS = new DataIntegrityProofs();

    private final CredentialSigner signer = new CredentialSigner();
    private final SigningKey key = new SigningKey("northbridge", "key-1", METHOD, SEED);

    private final String microCredential = sign(OpenBadgeCredentialBuilder.build(Samples.inputs(
            Samples.award(Samples.EMAIL))));
    private final String pathwayCredential = sign(PathwayCredentialBuilder.build(new PathwayCredentialBuilder.Inputs(
            PATHWAY_CREDENTIAL, AT, Samples.SALT, Samples.issuer(),
            PathwayCredentialBuilderTest.completed("Certificate", "Stacks the data micro-credentials.",
                    "Earn all of the required micro-credentials."),
            Samples.inputs(Samples.award(Samples.EMAIL)).status())));

    @Test
    void theTranscriptIsAClrCredentialOfTheInstitutionWithTheSignedCredentialsEmbeddedAsIssued() {
        ObjectNode clr = transcript();
        assertEquals(List.of("https://www.w3.org/ns/credentials/v2",
                "https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json",
                "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"), texts(clr.get("@context")));
        assertEquals(List.of("VerifiableCredential", "ClrCredential"), texts(clr.get("type")));
        assertEquals("urn:uuid:" + TRANSCRIPT_ID, clr.get("id").asText());
        assertEquals("Zoë's teaching transcript", clr.get("name").asText());
        assertEquals("2026-04-01T10:00:00Z", clr.get("validFrom").asText());
        // The same issuer profile as the badges it embeds.
        assertEquals(tree(microCredential).get("issuer"), clr.get("issuer"));
        JsonNode subject = clr.get("credentialSubject");
        assertEquals(List.of("ClrSubject"), texts(subject.get("type")));
        assertEquals(tree(microCredential), subject.get("verifiableCredential").get(0));
        assertEquals(tree(pathwayCredential), subject.get("verifiableCredential").get(1));
        assertEquals(List.of("urn:uuid:" + Samples.ACHIEVEMENT_ID, "urn:uuid:" + PathwayCredentialBuilderTest.PATHWAY_ID),
                texts(idsOf(subject.get("achievement"))));
        // Both badges hash the same email with the same salt here: one IdentityObject, the badges' own.
        assertEquals(1, subject.get("identifier").size());
        assertEquals(tree(microCredential).at("/credentialSubject/identifier/0"), subject.get("identifier").get(0));
    }

    @Test
    void aPathwayIsTheParentOfItsComponentsInTheTranscript() {
        JsonNode associations = transcript().at("/credentialSubject/association");
        String pathway = "urn:uuid:" + PathwayCredentialBuilderTest.PATHWAY_ID;
        String component = "urn:uuid:" + Samples.ACHIEVEMENT_ID;
        assertEquals(2, associations.size(), associations.toString());
        assertEquals(List.of("Association", "isParentOf", pathway, component), List.of(
                associations.get(0).get("type").asText(), associations.get(0).get("associationType").asText(),
                associations.get(0).get("sourceId").asText(), associations.get(0).get("targetId").asText()));
        assertEquals(List.of("isChildOf", component, pathway), List.of(
                associations.get(1).get("associationType").asText(), associations.get(1).get("sourceId").asText(),
                associations.get(1).get("targetId").asText()));
    }

    @Test
    void withoutItsPathwayAComponentHasNoAssociation() {
        ObjectNode clr = ClrCredentialBuilder.build(new ClrCredentialBuilder.Inputs(TRANSCRIPT_ID, AT,
                Samples.issuer(), "One", List.of(micro()), Map.of()));
        assertFalse(clr.get("credentialSubject").has("association"));
        assertEquals("A Comprehensive Learner Record of 1 credential issued by Northbridge University, chosen by"
                + " the learner.", clr.get("description").asText());
    }

    @Test
    void theSignedTranscriptValidatesAgainst1EdTechsClrSchema() {
        assumeClrContext("ClrCredentialBuilderTest.theSignedTranscriptValidatesAgainst1EdTechsClrSchema");
        ClrSchema.assertValid(sign(transcript()));
    }

    /** The check can fail: a transcript without its embedded credentials is not a CLR. */
    @Test
    void theSchemaRefusesASubjectWithoutCredentials() {
        ObjectNode clr = transcript();
        ((ObjectNode) clr.get("credentialSubject")).remove("verifiableCredential");
        assertFalse(ClrSchema.problems(clr.toString()).isEmpty());
    }

    @Test
    void theTranscriptsProofAndEachEmbeddedCredentialsProofVerify() {
        assumeClrContext("ClrCredentialBuilderTest.theTranscriptsProofAndEachEmbeddedCredentialsProofVerify");
        String signed = sign(transcript());
        assertTrue(PROOFS.verify(signed, resolver()).valid(), "the transcript's own proof");
        for (JsonNode embedded : tree(signed).at("/credentialSubject/verifiableCredential")) {
            assertTrue(PROOFS.verify(embedded.toString(), resolver()).valid(), "an embedded credential's proof");
        }
    }

    @Test
    void changingAnEmbeddedCredentialBreaksTheTranscriptsProof() {
        assumeClrContext("ClrCredentialBuilderTest.changingAnEmbeddedCredentialBreaksTheTranscriptsProof");
        ObjectNode signed = (ObjectNode) tree(sign(transcript()));
        ((ObjectNode) signed.at("/credentialSubject/verifiableCredential/0")).put("name", "Something else");
        assertFalse(PROOFS.verify(signed.toString(), resolver()).valid());
    }

    @Test
    void theComponentsOfAStackedCredentialAreReadFromItsEvidence() {
        assertEquals(Set.of(PathwayCredentialBuilderTest.FIRST_CREDENTIAL, PathwayCredentialBuilderTest.SECOND_CREDENTIAL),
                ClrCredentialBuilder.componentsOf(tree(pathwayCredential)));
    }

    private ObjectNode transcript() {
        Embedded pathway = new Embedded(PATHWAY_CREDENTIAL, tree(pathwayCredential),
                PathwayCredentialBuilderTest.PATHWAY_ID, PathwayCredentialBuilderTest.PATHWAY_ID);
        return ClrCredentialBuilder.build(new ClrCredentialBuilder.Inputs(TRANSCRIPT_ID, AT, Samples.issuer(),
                "Zoë's teaching transcript", List.of(micro(), pathway),
                Map.of(PATHWAY_CREDENTIAL, ClrCredentialBuilder.componentsOf(tree(pathwayCredential)))));
    }

    /** The micro-credential is the pathway's first component (its credential id is the sample's). */
    private Embedded micro() {
        return new Embedded(Samples.CREDENTIAL_ID, tree(microCredential), Samples.ACHIEVEMENT_ID, null);
    }

    private String sign(ObjectNode unsigned) {
        return signer.sign(unsigned.toString(), key, AT);
    }

    private static KeyResolver resolver() {
        return method -> new ResolvedKey(METHOD, Samples.issuer().id(), "Ed25519", Ed25519Keys.publicKey(SEED),
                KeyState.ACTIVE);
    }

    private static JsonNode tree(String json) {
        try {
            return EventCodec.mapper().readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode idsOf(JsonNode objects) {
        com.fasterxml.jackson.databind.node.ArrayNode ids = EventCodec.mapper().createArrayNode();
        objects.forEach(o -> ids.add(o.get("id").asText()));
        return ids;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
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
