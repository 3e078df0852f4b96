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
import org.microcred.credentials.verification.KeyState;
import org.microcred.credentials.verification.ProofCheck;
import org.microcred.credentials.verification.ResolvedKey;

/**
 * The signature of an authentication proof, by suite. {@code eddsa-rdfc-2022} goes to the library's
 * {@link DataIntegrityProofs} (its proof rules: a proof {@code @context} that starts the document's, {@code created}
 * and {@code expires} dates). The two others are checked here over {@link Canonicalizer#hashData}: an
 * {@code Ed25519Signature2020} proof needs its suite context in the document's {@code @context} (Digital Bazaar's
 * suite does not match a proof otherwise), and an {@code ecdsa-rdfc-2019} signature is P-256 ECDSA over SHA-256 of
 * the hash data, R||S. Neither may carry a {@code @context} of its own other than the document's, nor be past its
 * {@code expires}.
 */
final class SuiteSignatures {

    static final String ED25519_2020_CONTEXT = "https://w3id.org/security/suites/ed25519-2020/v1";
    private static final int SIGNATURE_SIZE = 64;
    private static final JsonProvider JSON = JsonProvider.provider();

    private final Canonicalizer canonicalizer;
    private final Instant now;

    SuiteSignatures(Canonicalizer canonicalizer, Instant now) {
        this.canonicalizer = canonicalizer;
        this.now = now;
    }

    void verify(ProofSuite suite, JsonObject unsecured, JsonObject proof, HolderKey key) throws HolderProofException {
        if (suite == ProofSuite.EDDSA_RDFC_2022) {
            verifyWithDataIntegrityProofs(unsecured, proof, key);
            return;
        }
        if (suite == ProofSuite.ED25519_SIGNATURE_2020 && !includes(unsecured.get("@context"), ED25519_2020_CONTEXT)) {
            throw new HolderProofException(HolderProofException.MALFORMED, "An Ed25519Signature2020 proof needs "
                    + ED25519_2020_CONTEXT + " in the presentation's @context");
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
        byte[] signature = signature(ProofSuite.text(proof, "proofValue"));
        if (!HolderSignatures.verify(key, canonicalizer.hashData(unsecured, proof), signature)) {
            throw new HolderProofException(HolderProofException.BAD_SIGNATURE, "The signature does not match the "
                    + "presentation: it was changed after signing, or signed with another key");
        }
    }

    private void verifyWithDataIntegrityProofs(JsonObject unsecured, JsonObject proof, HolderKey key)
            throws HolderProofException {
        ResolvedKey resolved = new ResolvedKey(key.verificationMethod(), key.did(), "Ed25519",
                HolderSignatures.rawEd25519(key.publicKey()), KeyState.ACTIVE);
        JsonObject secured = JSON.createObjectBuilder(unsecured).add("proof", proof).build();
        ProofCheck check = new DataIntegrityProofs(Clock.fixed(now, ZoneOffset.UTC), canonicalizer)
                .verify(secured, method -> resolved, AuthenticationProof.PURPOSE);
        if (!check.valid()) {
            throw new HolderProofException(HolderProofException.BAD_SIGNATURE, check.reason());
        }
    }

    private boolean isAfterNow(JsonValue value) {
        try {
            return value instanceof JsonString text && OffsetDateTime.parse(text.getString()).toInstant().isAfter(now);
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static byte[] signature(String proofValue) throws HolderProofException {
        try {
            byte[] bytes = proofValue == null ? null : Base58Btc.decodeMultibase(proofValue);
            if (bytes != null && bytes.length == SIGNATURE_SIZE) {
                return bytes;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new HolderProofException(HolderProofException.BAD_SIGNATURE,
                "The proofValue is not a base58btc multibase signature of 64 bytes");
    }

    private static boolean includes(JsonValue context, String url) {
        if (context instanceof JsonString single) {
            return single.getString().equals(url);
        }
        return context != null && context.getValueType() == JsonValue.ValueType.ARRAY && context.asJsonArray()
                .stream().anyMatch(c -> c instanceof JsonString s && s.getString().equals(url));
    }
}
