package org.microcred.credentials.dataintegrity;

import java.time.Instant;
import org.microcred.credentials.verification.KeyResolver;
import org.microcred.credentials.verification.ProofCheck;

/**
 * W3C Data Integrity proofs with the cryptosuite {@code eddsa-rdfc-2022}: JSON-LD to RDF with the
 * bundled contexts only, RDFC-1.0 canonicalization, SHA-256, Ed25519. Thread-safe; build one and reuse it.
 */
public final class DataIntegrityProofs {

    public static final String CRYPTOSUITE = "eddsa-rdfc-2022";

    /**
     * Signs a credential.
     *
     * @param unsignedJson       the credential without a proof (UTF-8 JSON text)
     * @param ed25519Seed        the 32-byte private key seed
     * @param verificationMethod the id of the public key, as recognizers resolve it
     * @param created            the proof's creation time (seconds precision)
     * @return the credential with its {@code proof} ({@code DataIntegrityProof}, purpose {@code assertionMethod})
     * @throws org.microcred.credentials.CredentialException for malformed JSON or a context that is not bundled
     */
    public String sign(String unsignedJson, byte[] ed25519Seed, String verificationMethod, Instant created) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /**
     * Checks the credential's proof with the key the resolver finds. A wrong signature, a tampered
     * field or a key that does not match answers an invalid check with its reason.
     *
     * @throws org.microcred.credentials.CredentialException for input that cannot be checked at all: malformed
     *         JSON, no proof, an unsupported proof type or cryptosuite, a context that is not bundled
     */
    public ProofCheck verify(String signedJson, KeyResolver keys) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
