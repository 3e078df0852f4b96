package org.microcred.deploy.checks;

import com.networknt.schema.Error;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaContext;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.format.Format;
import com.networknt.schema.keyword.Keyword;
import com.networknt.schema.keyword.KeywordValidator;
import com.networknt.schema.keyword.NonValidationKeyword;
import com.networknt.schema.path.NodePath;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The Kubernetes extensions of JSON Schema that change what is valid, as ../shared/k8s/validate.mjs checks them:
 * {@code x-kubernetes-list-type} set/map (no two entries with the same key: two containers, env variables or
 * volumes of one name), {@code x-kubernetes-int-or-string}, and the formats int32, int64 and byte (base64, in
 * {@code Secret.data}). The other {@code x-kubernetes-*} annotations, CEL rules included, are not checked offline.
 */
final class KubernetesKeywords {

    private KubernetesKeywords() {
    }

    /** The two that are checked, and the annotations that are not (named, so they are not "unknown keywords"). */
    static List<Keyword> keywords() {
        List<Keyword> keywords = new ArrayList<>(List.of(new ListType(), new IntOrString()));
        for (String annotation : List.of("x-kubernetes-group-version-kind", "x-kubernetes-list-map-keys",
                "x-kubernetes-map-type", "x-kubernetes-patch-strategy", "x-kubernetes-patch-merge-key",
                "x-kubernetes-unions", "x-kubernetes-preserve-unknown-fields", "x-kubernetes-embedded-resource",
                "x-kubernetes-validations", "x-kubernetes-selectable-fields", "example", "externalDocs")) {
            keywords.add(new NonValidationKeyword(annotation));
        }
        return keywords;
    }

    static List<Format> formats() {
        return List.of(new IntegerRange("int32", Integer.MIN_VALUE, Integer.MAX_VALUE),
                new IntegerRange("int64", Long.MIN_VALUE, Long.MAX_VALUE), new Base64Format());
    }

    private abstract static class Check implements Keyword, KeywordValidator {
        private final SchemaLocation location;

        Check(SchemaLocation location) {
            this.location = location;
        }

        @Override
        public SchemaLocation getSchemaLocation() {
            return location;
        }

        @Override
        public String getKeyword() {
            return getValue();
        }

        void fail(ExecutionContext context, NodePath at, String message) {
            context.addError(Error.builder().keyword(getValue()).instanceLocation(at).schemaLocation(location)
                    .message(message).build());
        }
    }

    private static final class ListType extends Check {
        private final String type;
        private final List<String> keys;

        ListType() {
            this(null, null, List.of());
        }

        private ListType(SchemaLocation location, String type, List<String> keys) {
            super(location);
            this.type = type;
            this.keys = keys;
        }

        @Override
        public String getValue() {
            return "x-kubernetes-list-type";
        }

        @Override
        public KeywordValidator newValidator(SchemaLocation location, JsonNode node, Schema parent,
                SchemaContext context) {
            List<String> mapKeys = new ArrayList<>();
            parent.getSchemaNode().path("x-kubernetes-list-map-keys").forEach(k -> mapKeys.add(k.asString()));
            return new ListType(location, node.asString(), mapKeys);
        }

        @Override
        public void validate(ExecutionContext context, JsonNode node, JsonNode root, NodePath at) {
            if (!node.isArray() || !("set".equals(type) || "map".equals(type))) {
                return;
            }
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < node.size(); i++) {
                JsonNode item = node.get(i);
                String id = "map".equals(type) && item.isObject() ? keysOf(item) : item.toString();
                Integer first = seen.putIfAbsent(id, i);
                if (first != null) {
                    fail(context, at, "duplicate entries in a list of type " + type + ": items " + first + " and " + i
                            + ("map".equals(type) ? " have the same " + String.join("+", keys) + " " + id
                                    : " are equal"));
                }
            }
        }

        private String keysOf(JsonNode item) {
            List<String> values = new ArrayList<>();
            for (String key : keys) {
                values.add(item.has(key) ? item.get(key).toString() : "null");
            }
            return values.toString();
        }
    }

    private static final class IntOrString extends Check {
        private final boolean active;

        IntOrString() {
            this(null, false);
        }

        private IntOrString(SchemaLocation location, boolean active) {
            super(location);
            this.active = active;
        }

        @Override
        public String getValue() {
            return "x-kubernetes-int-or-string";
        }

        @Override
        public KeywordValidator newValidator(SchemaLocation location, JsonNode node, Schema parent,
                SchemaContext context) {
            JsonNode schema = parent.getSchemaNode();
            // Where the schema also says anyOf/oneOf [integer, string], those already check it.
            return new IntOrString(location, node.asBoolean() && !schema.has("anyOf") && !schema.has("oneOf"));
        }

        @Override
        public void validate(ExecutionContext context, JsonNode node, JsonNode root, NodePath at) {
            if (active && !(node.isIntegralNumber() || node.isString())) {
                fail(context, at, "must be an integer or a string, got " + node);
            }
        }
    }

    private record IntegerRange(String name, long min, long max) implements Format {
        @Override
        public String getName() {
            return name;
        }

        @Override
        public boolean matches(ExecutionContext context, SchemaContext schemaContext, JsonNode value) {
            if (!value.isNumber()) {
                return true; // the schema's type says what is wrong
            }
            if (!value.isIntegralNumber()) {
                return false;
            }
            return value.canConvertToLong() && value.longValue() >= min && value.longValue() <= max;
        }
    }

    private static final class Base64Format implements Format {
        @Override
        public String getName() {
            return "byte";
        }

        @Override
        public boolean matches(ExecutionContext context, String value) {
            try {
                Base64.getDecoder().decode(value);
                return true;
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
    }
}
