package org.microcred.credentials.holder;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import org.microcred.credentials.dataintegrity.Canonicalizer;

/**
 * One proof of a presentation, checked as a DID authentication: a supported proof type ({@link ProofSuite}),
 * purpose {@code authentication}, the challenge, the domain, a verification method of the holder's DID with the key
 * type the suite needs, then the signature ({@link SuiteSignatures}). Cheap checks first.
 */
final class AuthenticationProof {

    static final String PURPOSE = "authentication";

    private final SuiteSignatures signatures;
    private final String holder;
    private final String challenge;
    private final String domain;

    AuthenticationProof(Canonicalizer canonicalizer, String holder, String challenge, String domain, Instant now) {
        this.signatures = new SuiteSignatures(canonicalizer, now);
        this.holder = holder;
        this.challenge = challenge;
        this.domain = domain;
    }

    /** The key that made this proof, once it is checked. */
    HolderKey verify(JsonObject unsecured, JsonObject proof) throws HolderProofException {
        ProofSuite suite = ProofSuite.of(proof);
        if (suite == null) {
            throw new HolderProofException(HolderProofException.UNSUPPORTED_PROOF_TYPE, "The proof type "
                    + ProofSuite.describe(proof) + " is not supported; a presentation is authenticated with "
                    + "Ed25519Signature2020, or DataIntegrityProof with eddsa-rdfc-2022 or ecdsa-rdfc-2019");
        }
        String purpose = ProofSuite.text(proof, "proofPurpose");
        if (!PURPOSE.equals(purpose)) {
            throw new HolderProofException(HolderProofException.WRONG_PROOF_PURPOSE, "The proof purpose is "
                    + purpose + ", not " + PURPOSE);
        }
        if (!challenge.equals(ProofSuite.text(proof, "challenge"))) {
            throw new HolderProofException(HolderProofException.CHALLENGE_MISMATCH,
                    "The proof is not for the challenge this verifier gave");
        }
        if (domain != null && !hasDomain(proof.get("domain"))) {
            throw new HolderProofException(HolderProofException.DOMAIN_MISMATCH, "The proof is not for the domain "
                    + domain);
        }
        HolderKey key = HolderDids.resolve(verificationMethod(proof.get("verificationMethod")));
        if (!key.did().equals(holder)) {
            throw new HolderProofException(HolderProofException.KEY_NOT_OF_HOLDER, "The proof is signed by a key of "
                    + key.did() + ", not of the presentation's holder " + holder);
        }
        if (!suite.keyAlgorithm.equals(key.algorithm())) {
            throw new HolderProofException(HolderProofException.ALG_KEY_MISMATCH, "A " + ProofSuite.describe(proof)
                    + " proof needs a " + (HolderKey.EDDSA.equals(suite.keyAlgorithm) ? "Ed25519" : "P-256")
                    + " key, and " + key.verificationMethod() + " is not one");
        }
        signatures.verify(suite, unsecured, proof, key);
        return key;
    }

    private boolean hasDomain(JsonValue value) {
        if (value instanceof JsonString single) {
            return single.getString().equals(domain);
        }
        // Data Integrity allows a set of domains: the proof is for each of them.
        return value != null && value.getValueType() == JsonValue.ValueType.ARRAY && value.asJsonArray().stream()
                .anyMatch(d -> d instanceof JsonString s && s.getString().equals(domain));
    }

    private static String verificationMethod(JsonValue value) throws HolderProofException {
        if (value instanceof JsonString id) {
            return id.getString();
        }
        if (value instanceof JsonObject object && object.get("id") instanceof JsonString id) {
            return id.getString();
        }
        throw new HolderProofException(HolderProofException.UNSUPPORTED_DID, "The proof names no verificationMethod");
    }
}
