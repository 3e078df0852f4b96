package org.microcred.issuance.vcapi;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import org.microcred.support.problem.ProblemException;
import org.microcred.support.rest.BodySizeLimit;

/**
 * A VC-API request body as a JSON object, within {@link VcApiLimits}: size, nesting, one value, no duplicate keys
 * (a duplicated key would let what is signed differ from what a reader sees).
 */
final class VcApiJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(VcApiLimits.MAX_DEPTH).build())
                    .build())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private VcApiJson() {
    }

    static JsonNode object(byte[] body) {
        if (body == null || body.length == 0) {
            throw malformed("The body is empty");
        }
        if (body.length > VcApiLimits.MAX_BODY_BYTES) {
            throw BodySizeLimit.tooLarge(VcApiLimits.MAX_BODY_BYTES);
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(body);
        } catch (StreamConstraintsException e) {
            throw new ProblemException(400, "too-deeply-nested", "Request too deeply nested", "The body nests"
                    + " objects and arrays deeper than " + VcApiLimits.MAX_DEPTH + " levels");
        } catch (JacksonException e) {
            throw malformed("The body is not one well-formed JSON value: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw malformed("The body is not one well-formed JSON value");
        }
        if (node == null || !node.isObject()) {
            throw malformed("The body must be a JSON object");
        }
        return node;
    }

    static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("Signed credential is not JSON", e);
        }
    }

    static ProblemException malformed(String detail) {
        return new ProblemException(400, "malformed-json", "Malformed request", detail);
    }
}
