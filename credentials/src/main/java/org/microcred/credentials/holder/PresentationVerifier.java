package org.microcred.credentials.holder;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.microcred.credentials.CredentialException;
import org.microcred.credentials.dataintegrity.Canonicalizer;
import org.microcred.credentials.dataintegrity.CredentialJson;

/**
 * {@link PresentationProofs} with a given {@link Canonicalizer} (the shared one, or in tests one that reads a
 * context supplied at run time): the presentation's shape, its limits, then each proof.
 */
final class PresentationVerifier {

    private static final ObjectMapper JACKSON = new ObjectMapper();
    private static final JsonProvider JSON = JsonProvider.provider();

    private final Canonicalizer canonicalizer;

    PresentationVerifier(Canonicalizer canonicalizer) {
        this.canonicalizer = canonicalizer;
    }

    VerifiedPresentation verify(JsonNode presentation, String expectedChallenge, String expectedDomain, Instant now)
            throws HolderProofException {
        Objects.requireNonNull(expectedChallenge, "a DID authentication is always for a challenge");
        JsonObject document = parse(presentation);
        if (!hasType(document, "VerifiablePresentation")) {
            throw new HolderProofException(HolderProofException.MALFORMED,
                    "The document is not a VerifiablePresentation");
        }
        String holder = holderId(document.get("holder"));
        if (holder == null) {
            throw new HolderProofException(HolderProofException.MISSING_HOLDER,
                    "The presentation names no holder, so there is no DID to authenticate");
        }
        List<JsonNode> credentials = credentials(presentation.get("verifiableCredential"));
        List<JsonObject> proofs = proofs(document.get("proof"));
        JsonObject unsecured = JSON.createObjectBuilder(document).remove("proof").build();
        AuthenticationProof check = new AuthenticationProof(canonicalizer, holder, expectedChallenge, expectedDomain,
                now);
        HolderKey key = null;
        try {
            for (JsonObject proof : proofs) {
                HolderKey signer = check.verify(unsecured, proof);
                key = key == null ? signer : key;
            }
        } catch (CredentialException e) {
            // JSON-LD the library cannot process (a context that is not available, an undefined term...), or past
            // the caller's canonicalisation budget: refused, saying why.
            String reason = "verification-too-costly".equals(e.problem()) || "too-complex".equals(e.problem())
                    ? HolderProofException.TOO_LARGE : HolderProofException.MALFORMED;
            throw new HolderProofException(reason, "The presentation cannot be checked (" + e.problem() + "): "
                    + e.getMessage(), e);
        }
        return new VerifiedPresentation(holder, key, credentials);
    }

    private static JsonObject parse(JsonNode presentation) throws HolderProofException {
        if (presentation == null || !presentation.isObject()) {
            throw new HolderProofException(HolderProofException.MALFORMED, "A presentation is a JSON object");
        }
        String text;
        try {
            text = JACKSON.writeValueAsString(presentation);
        } catch (JsonProcessingException e) {
            throw new HolderProofException(HolderProofException.MALFORMED, "The presentation is not JSON", e);
        }
        if (text.length() > PresentationProofs.MAX_PRESENTATION_BYTES) {
            throw new HolderProofException(HolderProofException.TOO_LARGE, "The presentation is larger than "
                    + PresentationProofs.MAX_PRESENTATION_BYTES + " bytes");
        }
        try {
            return CredentialJson.parse(text);
        } catch (CredentialException e) {
            String reason = "too-large".equals(e.problem()) ? HolderProofException.TOO_LARGE
                    : HolderProofException.MALFORMED;
            throw new HolderProofException(reason, e.getMessage(), e);
        }
    }

    private static boolean hasType(JsonObject document, String type) {
        JsonValue types = document.get("type");
        if (types instanceof JsonString single) {
            return single.getString().equals(type);
        }
        return types != null && types.getValueType() == JsonValue.ValueType.ARRAY
                && types.asJsonArray().stream().anyMatch(t -> t instanceof JsonString s && s.getString().equals(type));
    }

    /** {@code holder} is a URL, or (VC 2.0) an object with an {@code id}. */
    private static String holderId(JsonValue holder) {
        if (holder instanceof JsonString id) {
            return id.getString();
        }
        if (holder instanceof JsonObject object && object.get("id") instanceof JsonString id) {
            return id.getString();
        }
        return null;
    }

    private static List<JsonNode> credentials(JsonNode held) throws HolderProofException {
        List<JsonNode> credentials = new ArrayList<>();
        if (held == null || held.isNull()) {
            return credentials;
        }
        if (held.isArray()) {
            held.forEach(credentials::add);
        } else {
            credentials.add(held);
        }
        if (credentials.size() > PresentationProofs.MAX_CREDENTIALS) {
            throw new HolderProofException(HolderProofException.TOO_LARGE, "The presentation holds "
                    + credentials.size() + " credentials; at most " + PresentationProofs.MAX_CREDENTIALS + " are read");
        }
        return credentials;
    }

    private static List<JsonObject> proofs(JsonValue proof) throws HolderProofException {
        List<JsonValue> values = proof == null ? List.of()
                : proof.getValueType() == JsonValue.ValueType.ARRAY ? proof.asJsonArray() : List.of(proof);
        if (values.isEmpty()) {
            throw new HolderProofException(HolderProofException.MISSING_PROOF, "The presentation has no proof");
        }
        if (values.size() > PresentationProofs.MAX_PROOFS) {
            throw new HolderProofException(HolderProofException.TOO_LARGE, "The presentation carries " + values.size()
                    + " proofs; at most " + PresentationProofs.MAX_PROOFS + " are checked");
        }
        List<JsonObject> proofs = new ArrayList<>();
        for (JsonValue value : values) {
            if (!(value instanceof JsonObject object)) {
                throw new HolderProofException(HolderProofException.MALFORMED, "A proof is a JSON object");
            }
            proofs.add(object);
        }
        return proofs;
    }
}
