package org.microcred.credentials.dataintegrity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.microcred.credentials.keys.Ed25519Keys;
import org.microcred.credentials.verification.DidKeyResolver;
import org.microcred.credentials.verification.ProofCheck;

/** Any change to a signed field after signing makes the proof invalid, with a reason. */
class TamperingTest {

    private static final String MISMATCH = "signature does not match";

    private final DataIntegrityProofs proofs = new DataIntegrityProofs();

    @Test
    void changingTheCredentialNameFails() {
        assertTampered(edit("\"name\": \"Data Analysis with Python - Micro-credential\"",
                "\"name\": \"Data Analysis with Python - Micro-credential (honours)\""), MISMATCH);
    }

    @Test
    void changingANestedAchievementFieldFails() {
        assertTampered(edit("\"humanCode\": \"DAP-101\"", "\"humanCode\": \"DAP-901\""), MISMATCH);
        assertTampered(edit("\"targetCode\": \"S5.6.1\"", "\"targetCode\": \"S5.6.2\""), MISMATCH);
    }

    @Test
    void changingTheIssuerNameFails() {
        assertTampered(edit("Example University - Centre for Continuing Education", "Example University"),
                MISMATCH);
    }

    @Test
    void claimingAnotherIssuerFails() {
        String other = Ed25519Keys.didKey(Ed25519Keys.publicKey(Ed25519Keys.newSeed()));
        assertTampered(edit("\"id\": \"did:key:z6MkvDqGT54cXesYGvABpF1UapVNwjCqRcafi4Px6Thv5T3Z\"",
                "\"id\": \"" + other + "\""), "not to the issuer " + other);
    }

    @Test
    void changingValidFromFails() {
        assertTampered(edit("\"validFrom\": \"2025-01-15T10:00:00Z\"", "\"validFrom\": \"2024-01-15T10:00:00Z\""),
                MISMATCH);
    }

    @Test
    void changingTheProofCreatedFails() {
        assertTampered(edit("\"created\": \"2025-01-15T10:00:00Z\"", "\"created\": \"2025-01-15T10:00:01Z\""),
                MISMATCH);
    }

    @Test
    void removingEvidenceFails() {
        String signed = Vector.signed();
        int start = signed.indexOf("  \"evidence\": [");
        int end = signed.indexOf("  \"credentialSchema\"");
        assertTampered(signed.substring(0, start) + signed.substring(end), MISMATCH);
    }

    @Test
    void aSignatureByAnotherKeyUnderTheVectorsKeyIdFails() {
        String forged = proofs.sign(Vector.unsigned(), Ed25519Keys.newSeed(), Vector.verificationMethod(),
                Vector.CREATED);
        assertTampered(forged, MISMATCH);
    }

    @Test
    void aProofValueThatIsNotASignatureFails() {
        assertTampered(edit("\"proofValue\": \"z3rdx", "\"proofValue\": \"u3rdx"), "not a base58btc");
    }

    @Test
    void anotherProofPurposeFails() {
        assertTampered(edit("\"proofPurpose\": \"assertionMethod\"", "\"proofPurpose\": \"authentication\""),
                "purpose is authentication");
    }

    @Test
    void theUntouchedVectorStillVerifies() {
        assertTrue(proofs.verify(Vector.signed(), new DidKeyResolver()).valid());
    }

    private static String edit(String from, String to) {
        return Vector.replaceOnce(Vector.signed(), from, to);
    }

    private void assertTampered(String signed, String reason) {
        ProofCheck check = proofs.verify(signed, new DidKeyResolver());
        assertFalse(check.valid());
        assertEquals(Vector.verificationMethod(), check.verificationMethod());
        assertTrue(check.reason().contains(reason), check.reason());
    }
}
