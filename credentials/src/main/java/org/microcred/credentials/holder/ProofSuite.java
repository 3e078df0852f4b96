package org.microcred.credentials.holder;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.microcred.credentials.dataintegrity.DataIntegrityProofs;

/**
 * The proof types a presentation may be authenticated with, and the key each needs. All three sign the same hash
 * data (RDFC-1.0 of the proof options and of the document, SHA-256 each, concatenated); they differ in their proof
 * rules and signature algorithm.
 */
enum ProofSuite {
    /** What the Learner Credential Wallet signs with (Digital Bazaar's suite), Ed25519. */
    ED25519_SIGNATURE_2020(HolderKey.EDDSA),
    /** W3C Data Integrity EdDSA, checked by the library's {@link DataIntegrityProofs}. */
    EDDSA_RDFC_2022(HolderKey.EDDSA),
    /** W3C Data Integrity ECDSA with P-256 (the {@code zDn...} did:key, an EC did:jwk). */
    ECDSA_RDFC_2019(HolderKey.ES256);

    static final String ED25519_2020_TYPE = "Ed25519Signature2020";
    static final String ECDSA_CRYPTOSUITE = "ecdsa-rdfc-2019";

    final String keyAlgorithm;

    ProofSuite(String keyAlgorithm) {
        this.keyAlgorithm = keyAlgorithm;
    }

    /** The suite of a proof, or null when it is none of these. */
    static ProofSuite of(JsonObject proof) {
        String type = text(proof, "type");
        if (ED25519_2020_TYPE.equals(type)) {
            return ED25519_SIGNATURE_2020;
        }
        if (!DataIntegrityProofs.PROOF_TYPE.equals(type)) {
            return null;
        }
        String cryptosuite = text(proof, "cryptosuite");
        if (DataIntegrityProofs.CRYPTOSUITE.equals(cryptosuite)) {
            return EDDSA_RDFC_2022;
        }
        return ECDSA_CRYPTOSUITE.equals(cryptosuite) ? ECDSA_RDFC_2019 : null;
    }

    static String describe(JsonObject proof) {
        String type = text(proof, "type");
        return DataIntegrityProofs.PROOF_TYPE.equals(type) ? type + " with cryptosuite " + text(proof, "cryptosuite")
                : String.valueOf(type);
    }

    static String text(JsonObject object, String key) {
        return object.get(key) instanceof JsonString value ? value.getString() : null;
    }
}
