package org.microcred.credentials.dataintegrity;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.microcred.credentials.CredentialException;
import org.microcred.credentials.keys.Base58Btc;
import org.microcred.credentials.keys.Ed25519Keys;
import org.microcred.credentials.verification.KeyResolver;
import org.microcred.credentials.verification.ProofCheck;

/**
 * W3C Data Integrity proofs with the cryptosuite {@code eddsa-rdfc-2022}: JSON-LD to RDF with the
 * bundled contexts only, RDFC-1.0 canonicalization, SHA-256, Ed25519. Thread-safe; build one and reuse it.
 *
 * <p>As in the W3C Data Integrity EdDSA Cryptosuites v1.0: the proof configuration (the proof without its value,
 * with the document's {@code @context}) and the document without its proof are canonicalized separately, and
 * the signature is over {@code SHA-256(proof configuration) || SHA-256(document)}.
 *
 * <p>Problems ({@link CredentialException#problem()}), all the caller's input, so a 4xx: {@code too-large},
 * {@code malformed-json}, {@code missing-context}, {@code unknown-context} (a context that is not bundled),
 * {@code undefined-term} (a property or type no context defines: JSON-LD safe mode, as Digital Bazaar's stack),
 * {@code invalid-json-ld}, {@code too-complex} (canonicalization over its time bound), {@code already-signed};
 * when verifying also {@code missing-proof}, {@code invalid-proof}, {@code unsupported-proof-type},
 * {@code unsupported-cryptosuite}. A proof that can be checked but fails is not an exception: see {@link ProofCheck}.
 */
public final class DataIntegrityProofs {

    public static final String CRYPTOSUITE = "eddsa-rdfc-2022";
    public static final String PROOF_TYPE = "DataIntegrityProof";
    public static final String ASSERTION_METHOD = "assertionMethod";

    private static final JsonProvider JSON = JsonProvider.provider();

    /**
     * How a signed document holds its one proof. VC 2.0 and Digital Bazaar's verifier take both; 1EdTech's plain
     * Open Badges 3.0 JSON Schema requires the array (its validator downgrades a single object to a warning).
     */
    public enum ProofForm {
        /** {@code "proof": {...}}, as the Data Integrity test vectors have it. */
        OBJECT,
        /** {@code "proof": [{...}]}, as Open Badges 3.0 credentials should have it. */
        ARRAY
    }

    private final Canonicalizer canonicalizer;
    private final ProofVerifier verifier;

    public DataIntegrityProofs() {
        this(Clock.systemUTC());
    }

    /** @param clock the time proofs' {@code expires} are compared with */
    public DataIntegrityProofs(Clock clock) {
        this(clock, new Canonicalizer());
    }

    /** @param canonicalizer the canonicalizer, with the contexts it reads (another than the shared one: tests) */
    public DataIntegrityProofs(Clock clock, Canonicalizer canonicalizer) {
        this.canonicalizer = canonicalizer;
        this.verifier = new ProofVerifier(this, clock);
    }

    /**
     * Signs a credential.
     *
     * @param unsignedJson       the credential without a proof (UTF-8 JSON text)
     * @param ed25519Seed        the 32-byte private key seed
     * @param verificationMethod the id of the public key, as recognizers resolve it
     * @param created            the proof's creation time (seconds precision)
     * @return the credential with its {@code proof} ({@code DataIntegrityProof}, purpose {@code assertionMethod})
     * @throws org.microcred.credentials.CredentialException for malformed JSON, a context that is not bundled, a
     *         term no context defines (see the class comment for every problem)
     */
    public String sign(String unsignedJson, byte[] ed25519Seed, String verificationMethod, Instant created) {
        return sign(unsignedJson, ed25519Seed, verificationMethod, created, ProofForm.OBJECT);
    }

    /**
     * {@link #sign(String, byte[], String, Instant)}, with the {@code proof} written in the given form. The
     * signature is the same either way: the proof is not part of what is signed.
     */
    public String sign(String unsignedJson, byte[] ed25519Seed, String verificationMethod, Instant created,
            ProofForm form) {
        return CredentialJson.write(sign(CredentialJson.parse(unsignedJson), ed25519Seed, verificationMethod,
                created, form));
    }

    /** {@link #sign(String, byte[], String, Instant)} for a parsed credential. */
    public JsonObject sign(JsonObject unsigned, byte[] ed25519Seed, String verificationMethod, Instant created) {
        return sign(unsigned, ed25519Seed, verificationMethod, created, ProofForm.OBJECT);
    }

    /** {@link #sign(String, byte[], String, Instant, ProofForm)} for a parsed credential. */
    public JsonObject sign(JsonObject unsigned, byte[] ed25519Seed, String verificationMethod, Instant created,
            ProofForm form) {
        if (unsigned.containsKey("proof")) {
            throw new CredentialException("already-signed", "The credential already has a proof");
        }
        if (verificationMethod == null || verificationMethod.isBlank() || created == null) {
            throw new IllegalArgumentException("a verification method and a creation time are required");
        }
        JsonObject options = JSON.createObjectBuilder()
                .add("type", PROOF_TYPE)
                .add("created", DateTimeFormatter.ISO_INSTANT.format(created.truncatedTo(ChronoUnit.SECONDS)))
                .add("verificationMethod", verificationMethod)
                .add("cryptosuite", CRYPTOSUITE)
                .add("proofPurpose", ASSERTION_METHOD)
                .build();
        byte[] signature = Ed25519Keys.sign(ed25519Seed, hashData(unsigned, options));
        JsonObject proof = JSON.createObjectBuilder(options)
                .add("proofValue", Base58Btc.encodeMultibase(signature))
                .build();
        return JSON.createObjectBuilder(unsigned)
                .add("proof", form == ProofForm.ARRAY ? JSON.createArrayBuilder().add(proof).build() : proof)
                .build();
    }

    /**
     * Checks the credential's proof with the key the resolver finds. A wrong signature, a tampered
     * field or a key that does not match answers an invalid check with its reason.
     *
     * @throws org.microcred.credentials.CredentialException for input that cannot be checked at all: malformed
     *         JSON, no proof, an unsupported proof type or cryptosuite, a context that is not bundled
     */
    public ProofCheck verify(String signedJson, KeyResolver keys) {
        return verify(CredentialJson.parse(signedJson), keys);
    }

    /**
     * {@link #verify(String, KeyResolver)} for a parsed credential. With several proofs (a proof set), each is
     * checked and the first failure is the answer; a proof of a chain ({@code previousProof}) is checked over the
     * document with the proofs it names ({@link ProofChains}).
     */
    public ProofCheck verify(JsonObject secured, KeyResolver keys) {
        return verify(secured, keys, ASSERTION_METHOD);
    }

    /**
     * {@link #verify(JsonObject, KeyResolver)} of proofs made for another purpose than {@code assertionMethod}:
     * {@code authentication} for a holder's presentation. Challenge and domain are the caller's to check.
     */
    public ProofCheck verify(JsonObject secured, KeyResolver keys, String proofPurpose) {
        JsonValue proofs = secured.get("proof");
        if (proofs == null) {
            throw new CredentialException("missing-proof", "The credential has no proof");
        }
        List<JsonValue> list = proofs.getValueType() == JsonValue.ValueType.ARRAY ? proofs.asJsonArray()
                : List.of(proofs);
        if (list.isEmpty()) {
            throw new CredentialException("missing-proof", "The credential has no proof");
        }
        JsonObject unsecured = JSON.createObjectBuilder(secured).remove("proof").build();
        ProofCheck first = null;
        for (JsonValue proof : list) {
            if (proof.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new CredentialException("invalid-proof", "A proof must be a JSON object");
            }
            JsonObject signedDocument = ProofChains.signedDocument(unsecured, proof.asJsonObject(), list);
            ProofCheck check = verifier.check(signedDocument, proof.asJsonObject(), keys, proofPurpose);
            if (!check.valid()) {
                return check;
            }
            first = first == null ? check : first;
        }
        return first;
    }

    /** The canonical N-Quads of a credential (for diagnostics and conformance tests). */
    public String canonicalNQuads(String json) {
        return canonicalizer.canonicalNQuads(CredentialJson.parse(json));
    }

    /**
     * {@code SHA-256(canonical proof configuration) || SHA-256(canonical document)}: what the signature covers
     * ({@link Canonicalizer#hashData}).
     *
     * @param unsecured    the document without its proof
     * @param proofOptions the proof without its {@code proofValue}
     */
    byte[] hashData(JsonObject unsecured, JsonObject proofOptions) {
        return canonicalizer.hashData(unsecured, proofOptions);
    }
}
