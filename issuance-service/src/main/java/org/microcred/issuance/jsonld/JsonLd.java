package org.microcred.issuance.jsonld;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Small helpers for the JSON-LD documents issuance writes; object nodes keep insertion order. */
final class JsonLd {

    static final String VC_V2_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    static final String OB_V3P0_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    static final List<String> CONTEXTS = List.of(VC_V2_CONTEXT, OB_V3P0_CONTEXT);

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonLd() {
    }

    static ObjectNode object() {
        return NODES.objectNode();
    }

    static ArrayNode array() {
        return NODES.arrayNode();
    }

    /** The {@code type} of OB 3.0 objects: an array even when it holds one type. */
    static ArrayNode types(String... types) {
        ArrayNode array = array();
        for (String type : types) {
            array.add(type);
        }
        return array;
    }

    static ArrayNode contexts() {
        ArrayNode array = array();
        CONTEXTS.forEach(array::add);
        return array;
    }

    /** Sets a text field only when there is a value: OB 3.0 optional fields are absent, not null. */
    static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null && !value.isBlank()) {
            node.put(field, value);
        }
    }
}
