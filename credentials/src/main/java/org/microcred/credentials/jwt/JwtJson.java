package org.microcred.credentials.jwt;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.microcred.credentials.CredentialException;

/**
 * The JSON side of VC-JWT: strict parsing, the VC 2.0 shape, the issuer id, the optional time claims. The strict
 * parsing of a JWS part is public: the holder proofs ({@code holder.ProofJwts}, did:jwk) read JOSE JSON the same way.
 */
public final class JwtJson {

    static final String VC_V2 = "https://www.w3.org/ns/credentials/v2";
    /** Tolerated clock difference between the issuer and us for {@code exp} and {@code nbf}. */
    private static final long LEEWAY_SECONDS = 60;

    // Duplicate keys are refused: two "iss" or two "alg" read differently by two parsers is a classic JOSE attack.
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private JwtJson() {
    }

    /**
     * A JSON object, duplicate keys refused.
     *
     * @throws CredentialException with {@code problem} when the text is not one
     */
    public static ObjectNode parseObject(String text, String problem) {
        try {
            JsonNode node = JSON.readTree(text);
            if (node instanceof ObjectNode object) {
                return object;
            }
        } catch (JsonProcessingException e) {
            throw new CredentialException(problem, "not valid JSON: " + e.getOriginalMessage(), e);
        }
        throw new CredentialException(problem, "expected a JSON object");
    }

    /** Strict base64url (RFC 7515 has no padding) then strict UTF-8: a JWS part that is neither is malformed. */
    public static String base64UrlText(String part) {
        if (part.isEmpty() || part.indexOf('=') >= 0) {
            throw new CredentialException("malformed-jwt", "a JWS part is unpadded base64url");
        }
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(part);
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (IllegalArgumentException | CharacterCodingException e) {
            throw new CredentialException("malformed-jwt", "a JWS part is not base64url UTF-8 text", e);
        }
    }

    /** A VC 2.0 credential: {@code @context} starting with the VC v2 context, and an issuer. */
    static ObjectNode credential(ObjectNode node) {
        JsonNode context = node.get("@context");
        JsonNode first = context != null && context.isArray() ? context.path(0) : context;
        if (first == null || !VC_V2.equals(first.asText(null))) {
            // VC 1.1 JWTs wrap the credential in a "vc" claim; they are another format, not accepted here.
            throw new CredentialException("malformed-credential", "a VC 2.0 credential starts its @context with "
                    + VC_V2);
        }
        issuerId(node);
        return node;
    }

    static String issuerId(JsonNode credential) {
        JsonNode issuer = credential.get("issuer");
        JsonNode id = issuer != null && issuer.isObject() ? issuer.get("id") : issuer;
        if (id == null || !id.isTextual() || id.asText().isBlank()) {
            throw new CredentialException("malformed-credential", "the credential has no issuer id");
        }
        return id.asText();
    }

    static byte[] bytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }

    /** {@code expired} or {@code not-yet-valid} from the registered JWT claims, when present; else null. */
    static String timeProblem(JsonNode claims, Instant now) {
        JsonNode exp = claims.get("exp");
        JsonNode nbf = claims.get("nbf");
        if (exp != null && (!exp.isNumber() || now.getEpochSecond() - LEEWAY_SECONDS >= exp.asLong())) {
            return "expired";
        }
        if (nbf != null && (!nbf.isNumber() || now.getEpochSecond() + LEEWAY_SECONDS < nbf.asLong())) {
            return "not-yet-valid";
        }
        return null;
    }
}
