package org.microcred.credentials.holder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The protected header of an OpenID4VCI key proof: its type, its algorithm, and the key it names, which must be the
 * key of that algorithm.
 */
final class ProofJwtHeader {

    /** Header parameters that name or qualify the key in ways not supported here. */
    private static final List<String> UNSUPPORTED = List.of("x5c", "x5u", "x5t", "x5t#S256", "jku", "trust_chain",
            "crit");

    private ProofJwtHeader() {
    }

    static HolderKey key(ObjectNode header) throws HolderProofException {
        JsonNode typ = header.get("typ");
        if (typ == null || !ProofJwts.TYP.equals(typ.asText(null))) {
            throw new HolderProofException(HolderProofException.WRONG_TYP, "A key proof's typ is " + ProofJwts.TYP
                    + ", not " + (typ == null ? "absent" : typ.toString()));
        }
        String alg = header.path("alg").asText("");
        String algorithm = ProofAlgorithms.keyAlgorithmOf(alg);
        if (algorithm == null) {
            throw new HolderProofException(HolderProofException.ALG_NOT_ALLOWED, "The algorithm '" + alg
                    + "' is not allowed; key proofs are signed with EdDSA or ES256");
        }
        for (String name : UNSUPPORTED) {
            if (header.has(name)) {
                throw new HolderProofException(HolderProofException.UNSUPPORTED_HEADER, "The header " + name
                        + " is not supported; name the key with kid (did:key, did:jwk) or jwk");
            }
        }
        JsonNode kid = header.get("kid");
        JsonNode jwk = header.get("jwk");
        if ((kid == null) == (jwk == null)) {
            throw new HolderProofException(HolderProofException.AMBIGUOUS_KEY,
                    "A key proof names its key with exactly one of kid and jwk");
        }
        HolderKey key;
        if (kid != null) {
            if (!kid.isTextual()) {
                throw new HolderProofException(HolderProofException.UNSUPPORTED_DID, "kid is a DID URL string");
            }
            key = HolderDids.resolve(kid.asText());
        } else {
            key = HolderDids.fromJwk(jwk);
        }
        if (!key.algorithm().equals(algorithm)) {
            throw new HolderProofException(HolderProofException.ALG_KEY_MISMATCH, "The proof is signed with " + alg
                    + " but names a key for " + key.algorithm());
        }
        return key;
    }
}
