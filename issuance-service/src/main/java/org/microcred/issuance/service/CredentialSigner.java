package org.microcred.issuance.service;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.microcred.credentials.dataintegrity.DataIntegrityProofs;
import org.microcred.credentials.dataintegrity.DataIntegrityProofs.ProofForm;
import org.microcred.credentials.jwt.JwtKeys;
import org.microcred.credentials.jwt.VcJwt;
import org.microcred.issuance.keys.SigningKey;
import org.microcred.issuance.metrics.SigningMetrics;

/**
 * The signing step: adds a {@code DataIntegrityProof} (cryptosuite {@code eddsa-rdfc-2022}, purpose
 * {@code assertionMethod}, {@code created} to the second) to a finished unsigned document, with
 * the issuer key's URL {@code <issuerId>/keys/<keyId>} as its verification method. Used for credentials and status
 * list credentials alike. Credentials are also secured as a VC-JWT (EdDSA) by the same key, for
 * recognizers that take the JOSE form and for the {@code verify} attribute of baked SVGs.
 */
@ApplicationScoped
public class CredentialSigner {

    // Thread-safe, and worth reusing: it caches the processed bundled contexts.
    private final DataIntegrityProofs proofs = new DataIntegrityProofs();
    private final VcJwt vcJwt = new VcJwt();
    private final SigningMetrics metrics;

    /** A signer whose meters nobody reads: for tests and benchmarks outside Quarkus. */
    public CredentialSigner() {
        this(new SigningMetrics(new SimpleMeterRegistry()));
    }

    @Inject
    public CredentialSigner(SigningMetrics metrics) {
        this.metrics = metrics;
    }

    /**
     * The signed document, as JSON text: what is stored, served and published. The proof is written as an array,
     * as Open Badges 3.0's schema requires (Digital Bazaar's verifier and ours take it).
     */
    public String sign(String unsignedJson, SigningKey key, Instant created) {
        return metrics.timed(SigningMetrics.DATA_INTEGRITY, () -> proofs.sign(unsignedJson, key.seed(),
                key.verificationMethod(), created.truncatedTo(ChronoUnit.SECONDS), ProofForm.ARRAY));
    }

    /**
     * The same unsigned document as a compact JWS (typ {@code vc+jwt}, alg EdDSA), its {@code kid} the key's
     * verification method, so it resolves as the Data Integrity proof's does.
     */
    public String signJwt(String unsignedJson, SigningKey key) {
        return metrics.timed(SigningMetrics.VC_JWT, () -> vcJwt.sign(unsignedJson,
                JwtKeys.ed25519PrivateJwk(key.seed()), key.verificationMethod()));
    }
}
