package org.microcred.wallet.verification;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import org.microcred.credentials.CredentialException;

/**
 * JSON as verification reads it. A repeated member name is refused: two parsers could each take a
 * different one, so what is checked might not be what is shown.
 */
public final class Json {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private Json() {
    }

    /** A credential (or a request body) as a JSON object. */
    public static JsonNode credential(String text) {
        try {
            JsonNode node = MAPPER.readTree(text);
            if (node != null && node.isObject()) {
                return node;
            }
        } catch (JsonProcessingException e) {
            throw new CredentialException("malformed-json", "the credential is not valid JSON: "
                    + e.getOriginalMessage(), e);
        }
        throw new CredentialException("malformed-json", "the credential is not a JSON object");
    }

    /** A fetched document as a JSON object. */
    static JsonNode parseObject(String text, String what) {
        try {
            JsonNode node = MAPPER.readTree(text);
            if (node != null && node.isObject()) {
                return node;
            }
        } catch (JsonProcessingException e) {
            throw new FetchFailure(what + " is not valid JSON");
        }
        throw new FetchFailure(what + " is not a JSON object");
    }

    /** A member that may be one value or an array of them, as a list (empty when absent). */
    static List<JsonNode> each(JsonNode node) {
        List<JsonNode> values = new ArrayList<>();
        if (node == null || node.isMissingNode() || node.isNull()) {
            return values;
        }
        if (node.isArray()) {
            node.forEach(values::add);
        } else {
            values.add(node);
        }
        return values;
    }

    /** Whether {@code type} (a string or an array of them) includes {@code wanted}. */
    static boolean hasType(JsonNode type, String wanted) {
        return each(type).stream().anyMatch(t -> t.isTextual() && wanted.equals(t.asText()));
    }

    /** The issuer's id: the string itself, or the {@code id} of a profile object; null otherwise. */
    static String issuerId(JsonNode credential) {
        JsonNode issuer = credential.path("issuer");
        if (issuer.isTextual()) {
            return issuer.asText();
        }
        JsonNode id = issuer.path("id");
        return id.isTextual() ? id.asText() : null;
    }
}
