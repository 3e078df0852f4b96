package org.microcred.issuance.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.microcred.credentials.dataintegrity.DataIntegrityProofs;
import org.microcred.issuance.keys.SigningKey;

/**
 * The signing step: adds a {@code DataIntegrityProof} (cryptosuite {@code eddsa-rdfc-2022}, purpose
 * {@code assertionMethod}, {@code created} to the second) to a finished unsigned document, with
 * the issuer key's verification method {@code <issuerId>#<keyId>}. Used for credentials and status
 * list credentials alike.
 */
@ApplicationScoped
public class CredentialSigner {

    // Thread-safe, and worth reusing: it caches the processed bundled contexts.
    private final DataIntegrityProofs proofs = new DataIntegrityProofs();

    /** The signed document, as JSON text: what is stored, served and published. */
    public String sign(String unsignedJson, SigningKey key, Instant created) {
        return proofs.sign(unsignedJson, key.seed(), key.verificationMethod(), created.truncatedTo(ChronoUnit.SECONDS));
    }
}
