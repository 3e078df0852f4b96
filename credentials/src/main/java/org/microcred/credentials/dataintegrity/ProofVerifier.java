package org.microcred.credentials.dataintegrity;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.microcred.credentials.CredentialException;
import org.microcred.credentials.keys.Base58Btc;
import org.microcred.credentials.keys.Ed25519Keys;
import org.microcred.credentials.verification.KeyResolver;
import org.microcred.credentials.verification.KeyState;
import org.microcred.credentials.verification.ProofCheck;
import org.microcred.credentials.verification.ResolvedKey;

/**
 * Checks one {@code eddsa-rdfc-2022} proof: what cannot be checked at all (another proof type or cryptosuite)
 * is a {@link CredentialException}; everything else answers a {@link ProofCheck} with the reason it failed.
 * Cheap checks come first, then the canonical hashes, then the key.
 */
final class ProofVerifier {

    private static final JsonProvider JSON = JsonProvider.provider();

    private final DataIntegrityProofs proofs;
    private final Clock clock;

    ProofVerifier(DataIntegrityProofs proofs, Clock clock) {
        this.proofs = proofs;
        this.clock = clock;
    }

    ProofCheck check(JsonObject unsecured, JsonObject proof, KeyResolver keys, String expectedPurpose) {
        String type = text(proof, "type");
        if (!DataIntegrityProofs.PROOF_TYPE.equals(type)) {
            throw new CredentialException("unsupported-proof-type", "The proof type " + type
                    + " is not supported; only " + DataIntegrityProofs.PROOF_TYPE + " is");
        }
        String cryptosuite = text(proof, "cryptosuite");
        if (!DataIntegrityProofs.CRYPTOSUITE.equals(cryptosuite)) {
            throw new CredentialException("unsupported-cryptosuite", "The cryptosuite " + cryptosuite
                    + " is not supported; only " + DataIntegrityProofs.CRYPTOSUITE + " is");
        }
        String method = text(proof, "verificationMethod");
        if (method == null || method.isBlank()) {
            return ProofCheck.invalid(method, "The proof names no verificationMethod");
        }
        String purpose = text(proof, "proofPurpose");
        if (!expectedPurpose.equals(purpose)) {
            return ProofCheck.invalid(method, "The proof purpose is " + purpose + ", not " + expectedPurpose);
        }
        byte[] signature = signature(text(proof, "proofValue"));
        if (signature == null) {
            return ProofCheck.invalid(method, "The proofValue is not a base58btc multibase Ed25519 signature");
        }
        String dates = checkDates(proof);
        if (dates != null) {
            return ProofCheck.invalid(method, dates);
        }
        JsonObject document = unsecured;
        if (proof.containsKey("@context")) {
            // The proof may carry its own @context: it must be how the document's begins, and is then used for it.
            if (!startsWith(unsecured.get("@context"), proof.get("@context"))) {
                return ProofCheck.invalid(method, "The proof's @context is not the start of the credential's");
            }
            document = JSON.createObjectBuilder(unsecured).add("@context", proof.get("@context")).build();
        }
        byte[] hashData = proofs.hashData(document, proof);
        return checkKey(document, method, hashData, signature, keys);
    }

    private static ProofCheck checkKey(JsonObject document, String method, byte[] hashData, byte[] signature,
            KeyResolver keys) {
        ResolvedKey key;
        try {
            key = keys.resolve(method);
        } catch (CredentialException e) {
            return ProofCheck.invalid(method, "The verification method cannot be resolved: " + e.getMessage());
        }
        if (key == null) {
            return ProofCheck.invalid(method, "The verification method cannot be resolved");
        }
        if (!"Ed25519".equals(key.algorithm())) {
            return ProofCheck.invalid(method, "The key is " + key.algorithm() + ", not the Ed25519 key "
                    + DataIntegrityProofs.CRYPTOSUITE + " needs");
        }
        if (key.state() == KeyState.COMPROMISED) {
            return ProofCheck.invalid(method, "The issuer marked this key as compromised");
        }
        String issuer = issuerId(document);
        if (key.controller() != null && issuer != null && !key.controller().equals(issuer)) {
            return ProofCheck.invalid(method, "The key belongs to " + key.controller() + ", not to the issuer "
                    + issuer);
        }
        if (!Ed25519Keys.verify(key.publicKey(), hashData, signature)) {
            return ProofCheck.invalid(method, "The signature does not match the credential: it was changed after "
                    + "signing, or signed with another key");
        }
        return ProofCheck.valid(method);
    }

    /** An error message, or null when {@code created} and {@code expires} are well-formed and not past. */
    private String checkDates(JsonObject proof) {
        if (proof.containsKey("created") && parse(proof.get("created")) == null) {
            return "The proof's created is not an XML Schema date-time with a time zone";
        }
        if (proof.containsKey("expires")) {
            Instant expires = parse(proof.get("expires"));
            if (expires == null) {
                return "The proof's expires is not an XML Schema date-time with a time zone";
            }
            if (expires.isBefore(clock.instant())) {
                return "The proof expired at " + expires;
            }
        }
        return null;
    }

    private static Instant parse(JsonValue value) {
        if (!(value instanceof JsonString text)) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.getString(), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static byte[] signature(String proofValue) {
        try {
            byte[] bytes = proofValue == null ? null : Base58Btc.decodeMultibase(proofValue);
            return bytes != null && bytes.length == Ed25519Keys.SIGNATURE_SIZE ? bytes : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean startsWith(JsonValue documentContext, JsonValue proofContext) {
        JsonArray document = asArray(documentContext);
        JsonArray proof = asArray(proofContext);
        return document.size() >= proof.size() && document.subList(0, proof.size()).equals(proof);
    }

    private static JsonArray asArray(JsonValue value) {
        if (value == null) {
            return JsonValue.EMPTY_JSON_ARRAY;
        }
        return value.getValueType() == JsonValue.ValueType.ARRAY ? value.asJsonArray()
                : JSON.createArrayBuilder().add(value).build();
    }

    private static String issuerId(JsonObject document) {
        JsonValue issuer = document.get("issuer");
        if (issuer instanceof JsonString id) {
            return id.getString();
        }
        return issuer instanceof JsonObject object ? text(object, "id") : null;
    }

    private static String text(JsonObject object, String key) {
        return object.get(key) instanceof JsonString value ? value.getString() : null;
    }
}
