package org.microcred.credentials.dataintegrity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import org.junit.jupiter.api.Test;
import org.microcred.credentials.CredentialException;
import org.microcred.credentials.keys.Base58Btc;
import org.microcred.credentials.keys.Ed25519Keys;
import org.microcred.credentials.verification.DidKeyResolver;

/**
 * Proof sets and chains (by the issuer's own key: the verifier requires every proof to be the issuer's): two proofs
 * side by side each verify over the proof-less document; a proof naming
 * a {@code previousProof} verifies over the document holding that proof, and fails when the proof it chains to is
 * changed or missing.
 */
class ProofChainTest {

    private static final JsonProvider JSON = JsonProvider.provider();
    private static final DataIntegrityProofs PROOFS = new DataIntegrityProofs();
    private static final byte[] FIRST = Ed25519Keys.newSeed();
    private static final byte[] SECOND = Ed25519Keys.newSeed();

    @Test
    void aChainedProofVerifiesOverTheDocumentWithTheProofItNames() {
        JsonObject unsigned = unsigned();
        JsonObject first = proof(unsigned, FIRST, "urn:proof:1", null);
        JsonObject withFirst = JSON.createObjectBuilder(unsigned).add("proof", JSON.createArrayBuilder().add(first))
                .build();
        JsonObject second = proof(withFirst, FIRST, "urn:proof:2", "urn:proof:1");
        JsonObject chained = JSON.createObjectBuilder(unsigned)
                .add("proof", JSON.createArrayBuilder().add(first).add(second)).build();
        assertTrue(PROOFS.verify(chained, new DidKeyResolver()).valid(), PROOFS.verify(chained,
                new DidKeyResolver()).reason());

        // the same second proof, checked as if it were a set member (over the bare document), does not verify
        JsonObject unchained = JSON.createObjectBuilder(second).remove("previousProof").build();
        assertFalse(PROOFS.verify(JSON.createObjectBuilder(unsigned).add("proof", JSON.createArrayBuilder()
                .add(first).add(unchained)).build(), new DidKeyResolver()).valid());
    }

    @Test
    void aChainToAMissingProofIsRefused() {
        JsonObject unsigned = unsigned();
        JsonObject second = proof(unsigned, SECOND, "urn:proof:2", "urn:proof:1");
        CredentialException refused = assertThrows(CredentialException.class, () -> PROOFS.verify(
                JSON.createObjectBuilder(unsigned).add("proof", JSON.createArrayBuilder().add(second)).build(),
                new DidKeyResolver()));
        assertEquals("invalid-proof", refused.problem());
    }

    @Test
    void aProofSetOfTwoIndependentProofsVerifies() {
        JsonObject unsigned = unsigned();
        JsonObject set = JSON.createObjectBuilder(unsigned).add("proof", JSON.createArrayBuilder()
                .add(proof(unsigned, FIRST, "urn:proof:a", null))
                .add(proof(unsigned, FIRST, "urn:proof:b", null))).build();
        assertTrue(PROOFS.verify(set, new DidKeyResolver()).valid());
    }

    private static JsonObject unsigned() {
        return JSON.createObjectBuilder()
                .add("@context", JSON.createArrayBuilder().add("https://www.w3.org/ns/credentials/v2"))
                .add("type", JSON.createArrayBuilder().add("VerifiableCredential"))
                .add("issuer", Ed25519Keys.didKey(Ed25519Keys.publicKey(FIRST)))
                .add("credentialSubject", JSON.createObjectBuilder().add("id", "did:example:subject"))
                .build();
    }

    /** A proof over {@code document} (which may hold proofs: then it is a chain's next link). */
    private static JsonObject proof(JsonObject document, byte[] seed, String id, String previousProof) {
        var options = JSON.createObjectBuilder()
                .add("id", id)
                .add("type", DataIntegrityProofs.PROOF_TYPE)
                .add("created", "2026-01-01T00:00:00Z")
                .add("verificationMethod", Ed25519Keys.didKeyVerificationMethod(Ed25519Keys.publicKey(seed)))
                .add("cryptosuite", DataIntegrityProofs.CRYPTOSUITE)
                .add("proofPurpose", DataIntegrityProofs.ASSERTION_METHOD);
        if (previousProof != null) {
            options.add("previousProof", previousProof);
        }
        JsonObject built = options.build();
        byte[] signature = Ed25519Keys.sign(seed, PROOFS.hashData(document, built));
        return JSON.createObjectBuilder(built).add("proofValue", Base58Btc.encodeMultibase(signature)).build();
    }

}
