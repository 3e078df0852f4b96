package org.microcred.credentials.holder;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.microcred.credentials.dataintegrity.Canonicalizer;
import org.microcred.credentials.dataintegrity.DataIntegrityProofs;
import org.microcred.credentials.keys.Base58Btc;
import org.microcred.credentials.keys.Ed25519Keys;
import org.microcred.credentials.verification.KeyState;
import org.microcred.credentials.verification.ProofCheck;
import org.microcred.credentials.verification.ResolvedKey;

/**
 * One proof of a presentation, checked as a DID authentication: the proof type, purpose {@code authentication}, the
 * challenge, the domain, a verification method of the holder's DID, then the signature. Cheap checks first.
 *
 * <p>The two suites hash alike (RDFC-1.0 of the proof options and of the document, SHA-256 each, concatenated:
 * {@link Canonicalizer#hashData}) and differ in their proof rules: {@code DataIntegrityProof} names its
 * {@code cryptosuite} and is checked by the library's {@link DataIntegrityProofs}; {@code Ed25519Signature2020} is
 * the type itself, needs its suite context in the document's {@code @context} (as Digital Bazaar's suite requires
 * before it matches a proof) and is checked here.
 */
final class AuthenticationProof {

    static final String PURPOSE = "authentication";
    static final String ED25519_SIGNATURE_2020 = "Ed25519Signature2020";
    static final String ED25519_2020_CONTEXT = "https://w3id.org/security/suites/ed25519-2020/v1";

    private static final JsonProvider JSON = JsonProvider.provider();

    private final Canonicalizer canonicalizer;
    private final String holder;
    private final String challenge;
    private final String domain;
    private final Instant now;

    AuthenticationProof(Canonicalizer canonicalizer, String holder, String challenge, String domain, Instant now) {
        this.canonicalizer = canonicalizer;
        this.holder = holder;
        this.challenge = challenge;
        this.domain = domain;
        this.now = now;
    }

    /** The key that made this proof, once it is checked. */
    HolderKey verify(JsonObject unsecured, JsonObject proof) throws HolderProofException {
        String type = text(proof, "type");
        boolean dataIntegrity = DataIntegrityProofs.PROOF_TYPE.equals(type)
                && DataIntegrityProofs.CRYPTOSUITE.equals(text(proof, "cryptosuite"));
        if (!dataIntegrity && !ED25519_SIGNATURE_2020.equals(type)) {
            throw new HolderProofException(HolderProofException.UNSUPPORTED_PROOF_TYPE, "The proof type " + type
                    + (DataIntegrityProofs.PROOF_TYPE.equals(type) ? " with cryptosuite " + text(proof, "cryptosuite")
                    : "") + " is not supported; a presentation is authenticated with " + ED25519_SIGNATURE_2020
                    + " or " + DataIntegrityProofs.PROOF_TYPE + " " + DataIntegrityProofs.CRYPTOSUITE);
        }
        if (!PURPOSE.equals(text(proof, "proofPurpose"))) {
            throw new HolderProofException(HolderProofException.WRONG_PROOF_PURPOSE, "The proof purpose is "
                    + text(proof, "proofPurpose") + ", not " + PURPOSE);
        }
        if (!challenge.equals(text(proof, "challenge"))) {
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
        if (!HolderKey.EDDSA.equals(key.algorithm())) {
            throw new HolderProofException(HolderProofException.ALG_KEY_MISMATCH, "The proof type " + type
                    + " is signed with an Ed25519 key, and " + key.verificationMethod() + " is not one");
        }
        if (dataIntegrity) {
            verifyDataIntegrity(unsecured, proof, key);
        } else {
            verifyEd25519Signature2020(unsecured, proof, key);
        }
        return key;
    }

    private void verifyDataIntegrity(JsonObject unsecured, JsonObject proof, HolderKey key)
            throws HolderProofException {
        ResolvedKey resolved = new ResolvedKey(key.verificationMethod(), key.did(), "Ed25519",
                HolderSignatures.rawEd25519(key.publicKey()), KeyState.ACTIVE);
        JsonObject secured = JSON.createObjectBuilder(unsecured).add("proof", proof).build();
        ProofCheck check = new DataIntegrityProofs(Clock.fixed(now, ZoneOffset.UTC), canonicalizer)
                .verify(secured, method -> resolved, PURPOSE);
        if (!check.valid()) {
            throw new HolderProofException(HolderProofException.BAD_SIGNATURE, check.reason());
        }
    }

    private void verifyEd25519Signature2020(JsonObject unsecured, JsonObject proof, HolderKey key)
            throws HolderProofException {
        if (!includes(unsecured.get("@context"), ED25519_2020_CONTEXT)) {
            throw new HolderProofException(HolderProofException.MALFORMED, "An " + ED25519_SIGNATURE_2020
                    + " proof needs " + ED25519_2020_CONTEXT + " in the presentation's @context");
        }
        if (proof.containsKey("@context") && !proof.get("@context").equals(unsecured.get("@context"))) {
            throw new HolderProofException(HolderProofException.MALFORMED,
                    "The proof's own @context is not the presentation's");
        }
        JsonValue expires = proof.get("expires");
        if (expires != null && !isAfterNow(expires)) {
            throw new HolderProofException(HolderProofException.PROOF_NOT_CURRENT,
                    "The proof has expired, or its expires is not a date-time");
        }
        byte[] signature = signature(text(proof, "proofValue"));
        byte[] hashData = canonicalizer.hashData(unsecured, proof);
        if (!Ed25519Keys.verify(HolderSignatures.rawEd25519(key.publicKey()), hashData, signature)) {
            throw new HolderProofException(HolderProofException.BAD_SIGNATURE, "The signature does not match the "
                    + "presentation: it was changed after signing, or signed with another key");
        }
    }

    private boolean hasDomain(JsonValue value) {
        if (value instanceof JsonString single) {
            return single.getString().equals(domain);
        }
        // Data Integrity allows a set of domains: the proof is for each of them.
        return value != null && value.getValueType() == JsonValue.ValueType.ARRAY && value.asJsonArray().stream()
                .anyMatch(d -> d instanceof JsonString s && s.getString().equals(domain));
    }

    private boolean isAfterNow(JsonValue value) {
        try {
            return value instanceof JsonString text && OffsetDateTime.parse(text.getString()).toInstant().isAfter(now);
        } catch (DateTimeParseException e) {
            return false;
        }
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

    private static byte[] signature(String proofValue) throws HolderProofException {
        try {
            byte[] bytes = proofValue == null ? null : Base58Btc.decodeMultibase(proofValue);
            if (bytes != null && bytes.length == Ed25519Keys.SIGNATURE_SIZE) {
                return bytes;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new HolderProofException(HolderProofException.BAD_SIGNATURE,
                "The proofValue is not a base58btc multibase Ed25519 signature");
    }

    private static boolean includes(JsonValue context, String url) {
        if (context instanceof JsonString single) {
            return single.getString().equals(url);
        }
        return context != null && context.getValueType() == JsonValue.ValueType.ARRAY && context.asJsonArray()
                .stream().anyMatch(c -> c instanceof JsonString s && s.getString().equals(url));
    }

    private static String text(JsonObject object, String key) {
        return object.get(key) instanceof JsonString value ? value.getString() : null;
    }
}
