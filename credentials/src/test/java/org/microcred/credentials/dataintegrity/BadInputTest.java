package org.microcred.credentials.dataintegrity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.microcred.credentials.CredentialException;
import org.microcred.credentials.verification.DidKeyResolver;

/** Input that cannot be signed or checked at all raises a CredentialException whose problem names why. */
class BadInputTest {

    private static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    private static final String EVIL_CONTEXT = "https://evil.example/context.json";

    private final DataIntegrityProofs proofs = new DataIntegrityProofs();

    @Test
    void aContextThatIsNotBundledIsRejectedWhenSigningAndVerifying() {
        String message = assertProblem("unknown-context",
                () -> sign(Vector.replaceOnce(Vector.unsigned(), OB_CONTEXT, EVIL_CONTEXT)));
        assertTrue(message.contains("names the context " + EVIL_CONTEXT + ", which is not bundled"), message);

        assertProblem("unknown-context", () -> verify(Vector.replaceOnce(Vector.signed(), OB_CONTEXT, EVIL_CONTEXT)));
    }

    @Test
    void anUnknownCryptosuiteIsUnsupported() {
        String message = assertProblem("unsupported-cryptosuite",
                () -> verify(Vector.replaceOnce(Vector.signed(), "eddsa-rdfc-2022", "eddsa-jcs-2099")));
        assertTrue(message.contains("eddsa-jcs-2099"), message);
    }

    @Test
    void anotherProofTypeIsUnsupported() {
        assertProblem("unsupported-proof-type",
                () -> verify(Vector.replaceOnce(Vector.signed(), "\"DataIntegrityProof\"", "\"Ed25519Signature2020\"")));
    }

    @Test
    void malformedJsonIsRejectedWhenSigningAndVerifying() {
        String truncated = Vector.unsigned().substring(0, Vector.unsigned().lastIndexOf('}'));

        assertProblem("malformed-json", () -> sign(truncated));
        assertProblem("malformed-json", () -> verify(Vector.signed().substring(0, 200)));
        assertProblem("malformed-json", () -> sign("[" + Vector.unsigned() + "]"));
        assertProblem("malformed-json", () -> sign(""));
    }

    @Test
    void duplicateKeysAreMalformed() {
        assertProblem("malformed-json", () -> verify(Vector.replaceOnce(Vector.signed(),
                "\"validFrom\": \"2025-01-15T10:00:00Z\",",
                "\"validFrom\": \"2025-01-15T10:00:00Z\", \"validFrom\": \"2020-01-01T00:00:00Z\",")));
    }

    @Test
    void nestingDeeperThanTheLimitIsMalformed() {
        String deep = "[".repeat(CredentialJson.MAX_DEPTH + 5) + "]".repeat(CredentialJson.MAX_DEPTH + 5);
        assertProblem("malformed-json",
                () -> sign(Vector.replaceOnce(Vector.unsigned(), "\"inLanguage\": \"en\"", "\"inLanguage\": " + deep)));
    }

    @Test
    void aDocumentOverOneMebibyteIsTooLarge() {
        String padding = "é".repeat(CredentialJson.MAX_BYTES / 2);
        String large = Vector.replaceOnce(Vector.unsigned(), "\"fieldOfStudy\": \"Computer Science\"",
                "\"fieldOfStudy\": \"" + padding + "\"");

        assertProblem("too-large", () -> sign(large));
        assertProblem("too-large", () -> verify(large));
    }

    @Test
    void aPropertyNoContextDefinesFailsSigningInsteadOfBeingLeftUnsigned() {
        String message = assertProblem("undefined-term", () -> sign(Vector.replaceOnce(Vector.unsigned(),
                "\"humanCode\": \"DAP-101\"", "\"humanCode\": \"DAP-101\", \"favouriteColour\": \"blue\"")));
        assertTrue(message.contains("favouriteColour"), message);
    }

    @Test
    void aPropertyAddedAfterSigningThatNoContextDefinesFailsVerification() {
        assertProblem("undefined-term", () -> verify(Vector.replaceOnce(Vector.signed(),
                "\"validFrom\"", "\"grade\": \"A+\", \"validFrom\"")));
    }

    @Test
    void aTypeNoContextDefinesFailsSigning() {
        String message = assertProblem("undefined-term", () -> sign(Vector.replaceOnce(Vector.unsigned(),
                "\"OpenBadgeCredential\"", "\"OpenBadgeCredential\", \"HonoursCredential\"")));
        assertTrue(message.contains("HonoursCredential"), message);
    }

    @Test
    void theSchemaValidatorTypeTheObContextLacksFailsAsInTheReferenceStack() {
        // 1EdTechJsonSchemaValidator2019 is not defined by the OB 3.0.3 context: Digital Bazaar's safe mode rejects it
        String message = assertProblem("undefined-term", () -> sign(Vector.replaceOnce(Vector.unsigned(),
                "\"type\": \"JsonSchema\"", "\"type\": \"1EdTechJsonSchemaValidator2019\"")));
        assertTrue(message.contains("1EdTechJsonSchemaValidator2019"), message);
    }

    @Test
    void aRelativeIdFailsSigning() {
        assertProblem("invalid-json-ld", () -> sign(Vector.replaceOnce(Vector.unsigned(),
                "\"id\": \"urn:uuid:7f3b0c2e-5a8d-4c1e-9b7a-1d2e3f4a5b6c\"", "\"id\": \"credential-42\"")));
    }

    @Test
    void textDirectionCannotBeSigned() {
        assertProblem("invalid-json-ld", () -> sign(Vector.replaceOnce(Vector.unsigned(),
                "\"fieldOfStudy\": \"Computer Science\"",
                "\"fieldOfStudy\": {\"@value\": \"Computer Science\", \"@language\": \"en\", \"@direction\": \"ltr\"}")));
    }

    @Test
    void aDocumentWithoutContextCannotBeSigned() {
        assertProblem("missing-context", () -> sign("{\"type\": \"VerifiableCredential\", \"name\": \"x\"}"));
    }

    @Test
    void verifyingADocumentWithoutProofIsMissingProof() {
        assertProblem("missing-proof", () -> verify(Vector.unsigned()));
    }

    @Test
    void signingASignedDocumentIsRefused() {
        assertProblem("already-signed", () -> sign(Vector.signed()));
    }

    private String sign(String json) {
        return proofs.sign(json, Vector.seed(), Vector.verificationMethod(), Vector.CREATED);
    }

    private void verify(String json) {
        proofs.verify(json, new DidKeyResolver());
    }

    private static String assertProblem(String problem, Executable action) {
        CredentialException e = assertThrows(CredentialException.class, action);
        assertEquals(problem, e.problem(), e.getMessage());
        return e.getMessage();
    }
}
